package dev.tollgate.mfa.policy.script;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code ctx} a selector script sees (SPEC §5), as plain data. It crosses into the sandbox as
 * JSON text and is parsed and deep-frozen there, so the script gets ordinary JavaScript objects
 * and never a host object it could reach Java through.
 */
public record ScriptContext(
    UserFacts user, AppFacts app, RequestFacts request, MfaFacts mfa) {

  public record UserFacts(
      UUID id, String email, String username, String firstName, String lastName,
      boolean isAdmin, List<String> groups) {}

  public record AppFacts(UUID id, String name, String clientId, String type) {}

  public record RequestFacts(String ip, String userAgent, Instant time) {}

  public record MfaFacts(List<String> enrolled, Instant lastVerifiedAt, boolean trustedDevice) {}

  public String toJson() {
    return toJsonObject().toString();
  }

  JsonObject toJsonObject() {
    return Json.createObjectBuilder()
        .add("user", Json.createObjectBuilder()
            .add("id", user.id().toString())
            .add("email", user.email())
            .add("username", user.username())
            .add("first_name", user.firstName())
            .add("last_name", user.lastName())
            .add("is_admin", user.isAdmin())
            .add("groups", array(user.groups())))
        .add("app", Json.createObjectBuilder()
            .add("id", app.id().toString())
            .add("name", app.name())
            .add("client_id", app.clientId())
            .add("type", app.type()))
        .add("request", Json.createObjectBuilder()
            .add("ip", text(request.ip()))
            .add("user_agent", text(request.userAgent()))
            .add("time", request.time().toString()))
        .add("mfa", Json.createObjectBuilder()
            .add("enrolled", array(mfa.enrolled()))
            .add("last_verified_at", text(mfa.lastVerifiedAt()))
            .add("trusted_device", mfa.trustedDevice()))
        .build();
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  /** Absent facts are JSON null, so a script can test {@code ctx.request.ip === null}. */
  private static JsonValue text(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
