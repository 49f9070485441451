package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail (SPEC §10): what is recorded, and the admin query API. */
class AuditIT {
  private static final String PASSWORD = "correct-horse-1";

  private final Api api = Api.forServer();
  private Api.Session admin;
  private String adminId;

  @BeforeEach
  void signIn() {
    admin = api.admin();
    adminId = api.me(admin).getString("id");
  }

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"login_max_attempts\": 10, \"mfa_max_attempts\": 5}")
        .bearer(admin.token()).send();
  }

  private Api.Reply audit(String query) {
    return api.get("/api/v1/audit" + query).bearer(admin.token()).send();
  }

  private List<JsonObject> events(String query) {
    Api.Reply reply = audit(query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
  }

  private List<JsonObject> eventsOf(String userId, String type) {
    return events("?user_id=" + userId + "&type=" + type + "&limit=100");
  }

  private Optional<JsonObject> only(String userId, String type) {
    List<JsonObject> found = eventsOf(userId, type);
    assertThat(found).as(type).hasSizeLessThanOrEqualTo(1);
    return found.stream().findFirst();
  }

  private Api.Reply login(String email, String password) {
    return api.post("/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", password).build().toString())
        .send();
  }

  @Test
  void aSuccessfulLoginIsRecordedWithWhereItCameFrom() {
    String email = Api.uniqueEmail("audit-ok");
    String id = api.createUser(admin, email, PASSWORD, false);

    login(email, PASSWORD);

    JsonObject event = only(id, "login_succeeded").orElseThrow();
    assertThat(event.getString("user_id")).isEqualTo(id);
    assertThat(event.getJsonObject("details").getJsonArray("amr").getString(0)).isEqualTo("pwd");
    assertThat(event.getString("ip")).isNotBlank();
    assertThat(event.getString("user_agent")).startsWith("Java-http-client");
    assertThat(Instant.parse(event.getString("time"))).isBefore(Instant.now().plusSeconds(60));
    assertThat(event.getString("id")).isNotBlank();
  }

  @Test
  void aFailedLoginIsRecordedWithItsReason() {
    String email = Api.uniqueEmail("audit-fail");
    String id = api.createUser(admin, email, PASSWORD, false);

    login(email, "wrong-password-1");

    JsonObject event = only(id, "login_failed").orElseThrow();
    assertThat(event.getJsonObject("details").getString("reason")).isEqualTo("wrong_password");
    assertThat(event.isNull("actor_id")).isTrue();
  }

  /** An event shows every key, with null where it has no value: here no user and no actor. */
  @Test
  void everyKeyOfAnEventIsPresentAndNullWithoutAValue() {
    String agent = "audit-keys-" + UUID.randomUUID();
    api.post("/api/v1/auth/login", "{\"email\":\"" + Api.uniqueEmail("nobody") + "\",\"password\":\"" + PASSWORD + "\"}")
        .header("User-Agent", agent)
        .send();

    JsonObject event = events("?type=login_failed&limit=100").stream()
        .filter(e -> !e.isNull("user_agent") && e.getString("user_agent").equals(agent))
        .findFirst().orElseThrow();

    assertThat(event.keySet())
        .containsExactlyInAnyOrder("id", "time", "type", "user_id", "actor_id", "ip", "user_agent", "details");
    assertThat(event.get("user_id")).isEqualTo(JsonValue.NULL);
    assertThat(event.get("actor_id")).isEqualTo(JsonValue.NULL);
    assertThat(event.getJsonObject("details").getString("reason")).isEqualTo("unknown_user");
  }

  @Test
  void aLockoutIsRecorded() {
    api.put("/api/v1/settings", "{\"login_max_attempts\": 2}").bearer(admin.token()).send();
    String email = Api.uniqueEmail("audit-lock");
    String id = api.createUser(admin, email, PASSWORD, false);

    login(email, "wrong-password-1");
    login(email, "wrong-password-2");
    login(email, PASSWORD);

    JsonObject event = only(id, "login_locked_out").orElseThrow();
    assertThat(event.getJsonObject("details").getInt("failures")).isEqualTo(2);
    assertThat(Instant.parse(event.getJsonObject("details").getString("locked_until"))).isAfter(Instant.now());
    assertThat(eventsOf(id, "login_failed")).hasSize(3);
    assertThat(eventsOf(id, "login_failed").getFirst().getJsonObject("details").getString("reason"))
        .isEqualTo("locked");
  }

  @Test
  void creatingUpdatingAndDeletingAUserIsRecordedWithTheAdministratorAsActor() {
    String email = Api.uniqueEmail("audit-user");
    String id = api.createUser(admin, email, PASSWORD, false);
    api.put("/api/v1/users/" + id, "{\"first_name\": \"Renamed\", \"is_admin\": true}").bearer(admin.token()).send();
    api.delete("/api/v1/users/" + id).bearer(admin.token()).send();

    JsonObject created = only(id, "user_created").orElseThrow();
    JsonObject updated = only(id, "user_updated").orElseThrow();
    JsonObject deleted = only(id, "user_deleted").orElseThrow();

    assertThat(created.getString("actor_id")).isEqualTo(adminId);
    assertThat(created.getJsonObject("details"))
        .isEqualTo(Json.createObjectBuilder().add("email", email).add("is_admin", false).build());
    assertThat(updated.getString("actor_id")).isEqualTo(adminId);
    assertThat(updated.getJsonObject("details").getJsonObject("changes"))
        .isEqualTo(Json.createObjectBuilder().add("name", "Renamed User").add("is_admin", true).build());
    assertThat(deleted.getString("actor_id")).isEqualTo(adminId);
    assertThat(deleted.getJsonObject("details").getString("email")).isEqualTo(email);
  }

  @Test
  void aSettingsChangeIsRecordedWithFromAndTo() {
    int before = api.get("/api/v1/settings").bearer(admin.token()).send().json().getInt("mfa_max_attempts");
    int after = before == 7 ? 8 : 7;

    api.put("/api/v1/settings", "{\"mfa_max_attempts\": " + after + "}").bearer(admin.token()).send();

    JsonObject event = events("?type=settings_changed&limit=1").getFirst();
    assertThat(event.getString("actor_id")).isEqualTo(adminId);
    assertThat(event.isNull("user_id")).isTrue();
    assertThat(event.getJsonObject("details").getJsonObject("changes"))
        .isEqualTo(
            Json.createObjectBuilder()
                .add("mfa_max_attempts",
                    Json.createObjectBuilder().add("from", Integer.toString(before)).add("to", Integer.toString(after)))
                .build());
  }

  @Test
  void anUnchangedSettingIsNotRecorded() {
    String current = api.get("/api/v1/settings").bearer(admin.token()).send().json().toString();
    int total = audit("?type=settings_changed").json().getInt("total");

    api.put("/api/v1/settings", current).bearer(admin.token()).send();

    assertThat(audit("?type=settings_changed").json().getInt("total")).isEqualTo(total);
  }

  @Test
  void aPasswordChangeIsRecordedWithTheUserAsActor() {
    String email = Api.uniqueEmail("audit-pw");
    String id = api.createUser(admin, email, PASSWORD, false);
    Api.Session session = api.login(email, PASSWORD);

    api.put("/api/v1/me/password", "{\"current_password\":\"wrong-one-1\",\"new_password\":\"next-password-2\"}")
        .bearer(session.token()).send();
    api.put("/api/v1/me/password", "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"next-password-2\"}")
        .bearer(session.token()).send();

    JsonObject changed = only(id, "password_changed").orElseThrow();
    assertThat(changed.getString("actor_id")).isEqualTo(id);
    assertThat(only(id, "password_change_failed").orElseThrow().getJsonObject("details").getString("reason"))
        .isEqualTo("wrong_password");
  }

  @Test
  void filtersSelectByUserAndByType() {
    String email = Api.uniqueEmail("audit-filter");
    String id = api.createUser(admin, email, PASSWORD, false);
    login(email, "wrong-password-1");
    login(email, PASSWORD);

    List<JsonObject> mine = events("?user_id=" + id);
    List<JsonObject> failures = events("?type=login_failed&limit=100");

    assertThat(mine).extracting(e -> e.getString("type"))
        .containsExactly("login_succeeded", "login_failed", "user_created");
    assertThat(mine).allSatisfy(e -> assertThat(e.getString("user_id")).isEqualTo(id));
    assertThat(failures).isNotEmpty().allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("login_failed"));
    assertThat(events("?user_id=" + id + "&type=login_failed")).hasSize(1);
    assertThat(events("?user_id=" + UUID.randomUUID())).isEmpty();
    assertThat(events("?type=no_such_type")).isEmpty();
  }

  @Test
  void theTrailIsPaginatedNewestFirst() {
    String email = Api.uniqueEmail("audit-page");
    String id = api.createUser(admin, email, PASSWORD, false);
    for (int i = 0; i < 3; i++) {
      login(email, "wrong-password-" + i);
    }

    Api.Reply first = audit("?user_id=" + id + "&limit=3&page=1");
    Api.Reply second = audit("?user_id=" + id + "&limit=3&page=2");

    assertThat(first.json().getInt("total")).isEqualTo(4);
    assertThat(first.json().getInt("page")).isEqualTo(1);
    assertThat(first.json().getInt("limit")).isEqualTo(3);
    List<JsonObject> page1 = first.json().getJsonArray("data").getValuesAs(JsonObject.class);
    List<JsonObject> page2 = second.json().getJsonArray("data").getValuesAs(JsonObject.class);
    assertThat(page1).hasSize(3).allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("login_failed"));
    assertThat(page2).singleElement().satisfies(e -> assertThat(e.getString("type")).isEqualTo("user_created"));
    List<Instant> times = page1.stream().map(e -> Instant.parse(e.getString("time"))).toList();
    assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(audit("?limit=101").code()).isEqualTo("invalid_parameter");
    assertThat(audit("?page=0").code()).isEqualTo("invalid_parameter");
  }

  @Test
  void aMalformedUserIdIsAnInvalidParameter() {
    Api.Reply reply = audit("?user_id=not-a-uuid");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_parameter");
    assertThat(reply.json().getJsonObject("details").getString("parameter")).isEqualTo("user_id");
  }

  @Test
  void onlyAdministratorsReadTheTrail() {
    String email = Api.uniqueEmail("audit-reader");
    api.createUser(admin, email, PASSWORD, false);

    Api.Reply reply = api.get("/api/v1/audit").bearer(api.login(email, PASSWORD).token()).send();

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("forbidden");
    assertThat(api.get("/api/v1/audit").send().status()).isEqualTo(401);
  }
}
