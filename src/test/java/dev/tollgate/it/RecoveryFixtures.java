package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;

/** Recovery codes through the API, for users made with {@link TotpFixtures}. */
final class RecoveryFixtures {
  static final String METHOD = "recovery_code";

  private final Api api;
  private final TotpFixtures totp;

  RecoveryFixtures(Api api, TotpFixtures totp) {
    this.api = api;
    this.totp = totp;
  }

  /** A user with an authenticator app, a session that verified it, and a set of codes. */
  record CodeUser(TotpFixtures.TotpUser user, Api.Session session, List<String> codes) {
    String id() {
      return user.id();
    }

    String email() {
      return user.email();
    }
  }

  CodeUser userWithCodes(String prefix) {
    TotpFixtures.TotpUser user = totp.enrolledUser(prefix);
    Api.Session session = totp.verifiedSession(user);
    return new CodeUser(user, session, generate(session.token()));
  }

  Api.Reply post(String token) {
    return api.post("/api/v1/mfa/recovery-codes", null).bearer(token).send();
  }

  /** POST /mfa/recovery-codes must answer 201; the codes it shows. */
  List<String> generate(String token) {
    Api.Reply reply = post(token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonArray("codes").getValuesAs(JsonString::getString);
  }

  Api.Call answerCall(String mfaToken, String code) {
    return api.post(
        "/api/v1/auth/mfa/recovery-code",
        Json.createObjectBuilder().add("mfa_token", mfaToken).add("code", code).build().toString());
  }

  Api.Reply answer(String mfaToken, String code) {
    return answerCall(mfaToken, code).send();
  }

  /** GET /mfa's {@code recovery_codes} (JSON null when the user has no set). */
  JsonObject overview(String token) {
    Api.Reply reply = api.get("/api/v1/mfa").bearer(token).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  int storedCodes(String userId) {
    return ((Number) api.server().database().queryValue(
            "SELECT COUNT(*) FROM recovery_code WHERE user_id = ?", UUID.fromString(userId)))
        .intValue();
  }

  int unusedCodes(String userId) {
    return ((Number) api.server().database().queryValue(
            "SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL",
            UUID.fromString(userId)))
        .intValue();
  }

  static List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString::getString);
  }
}
