package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrators' user API (SPEC §10). */
class UsersIT {
  private static final String PASSWORD = "correct-horse-1";

  private final Api api = Api.forServer();
  private Api.Session admin;

  @BeforeEach
  void signIn() {
    admin = api.admin();
  }

  private Api.Reply create(String json) {
    return api.post("/api/v1/users", json).bearer(admin.token()).send();
  }

  private static String user(String email, String password, String first, String last) {
    return Json.createObjectBuilder()
        .add("email", email).add("password", password).add("first_name", first).add("last_name", last)
        .build().toString();
  }

  private Api.Reply list(String query) {
    return api.get("/api/v1/users" + query).bearer(admin.token()).send();
  }

  private static Set<String> ids(Api.Reply page) {
    return page.json().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("id"))
        .collect(Collectors.toSet());
  }

  private static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void anAdministratorCreatesAUserAnd201NamesItsLocation() {
    String email = Api.uniqueEmail("Create");

    Api.Reply reply =
        create(
            Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("first_name", " Ada ")
                .add("last_name", "Lovelace").add("is_admin", false).build().toString());

    assertThat(reply.status()).isEqualTo(201);
    JsonObject body = reply.json();
    String id = body.getString("id");
    assertThat(reply.header("Location")).contains(api.server().uri("/api/v1/users/" + id).toString());
    assertThat(body.getString("email")).isEqualTo(email.toLowerCase());
    assertThat(body.getString("first_name")).isEqualTo("Ada");
    assertThat(body.getString("last_name")).isEqualTo("Lovelace");
    assertThat(body.getBoolean("is_admin")).isFalse();
    assertThat(body.getBoolean("is_active")).isTrue();
    assertThat(body.getString("created_at")).endsWith("Z");
    assertThat(api.get("/api/v1/users/" + id).bearer(admin.token()).send().json()).isEqualTo(body);
  }

  @Test
  void noAnswerEverContainsThePasswordOrItsHash() {
    String email = Api.uniqueEmail("secret");
    Api.Reply created = create(user(email, PASSWORD, "A", "B"));
    String id = created.json().getString("id");

    List<Api.Reply> replies =
        List.of(
            created,
            api.get("/api/v1/users/" + id).bearer(admin.token()).send(),
            list("?search=" + email),
            api.put("/api/v1/users/" + id, "{\"first_name\":\"C\"}").bearer(admin.token()).send(),
            api.get("/api/v1/me").bearer(api.login(email, PASSWORD).token()).send());

    for (Api.Reply reply : replies) {
      assertThat(reply.status()).isBetween(200, 201);
      assertThat(reply.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password")
          .doesNotContain("argon2").doesNotContainIgnoringCase("hash");
    }
  }

  @Test
  void theListIsPaginated() {
    String marker = marker();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(create(user(Api.uniqueEmail("page"), PASSWORD, "P", marker)).json().getString("id"));
    }

    Api.Reply first = list("?search=" + marker + "&limit=2&page=1");
    Api.Reply second = list("?search=" + marker + "&limit=2&page=2");
    Api.Reply third = list("?search=" + marker + "&limit=2&page=3");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getInt("total")).isEqualTo(3);
    assertThat(first.json().getInt("page")).isEqualTo(1);
    assertThat(first.json().getInt("limit")).isEqualTo(2);
    assertThat(ids(first)).hasSize(2);
    assertThat(second.json().getInt("page")).isEqualTo(2);
    assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    assertThat(third.json().getJsonArray("data")).isEmpty();
    assertThat(third.json().getInt("total")).isEqualTo(3);
    Set<String> all = new java.util.HashSet<>(ids(first));
    all.addAll(ids(second));
    assertThat(all).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void theDefaultPageIsTheFirstOfTwentyAndTheLimitGoesUpTo100() {
    Api.Reply byDefault = list("");
    Api.Reply hundred = list("?limit=100");

    assertThat(byDefault.json().getInt("page")).isEqualTo(1);
    assertThat(byDefault.json().getInt("limit")).isEqualTo(20);
    assertThat(byDefault.json().getJsonArray("data").size()).isLessThanOrEqualTo(20);
    assertThat(hundred.status()).isEqualTo(200);
    assertThat(hundred.json().getInt("limit")).isEqualTo(100);
  }

  @Test
  void aLimitAbove100OrAPageBelow1IsAnInvalidParameter() {
    for (String query : List.of("?limit=101", "?limit=0", "?page=0", "?page=-1", "?page=two", "?limit=1.5")) {
      Api.Reply reply = list(query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.code()).as(query).isEqualTo("invalid_parameter");
      assertThat(reply.json().getJsonObject("details").getString("parameter")).as(query)
          .isEqualTo(query.substring(1, query.indexOf('=')));
    }
  }

  @Test
  void searchMatchesEmailAndNamesWithoutRegardToCase() {
    String marker = marker();
    String email = Api.uniqueEmail("find-" + marker);
    String id = create(user(email, PASSWORD, "Grace" + marker, "Hopper")).json().getString("id");

    assertThat(ids(list("?search=" + marker.toUpperCase()))).containsExactly(id);
    assertThat(ids(list("?search=grace" + marker))).containsExactly(id);
    assertThat(ids(list("?search=" + email))).containsExactly(id);
    assertThat(list("?search=nobody-" + marker).json().getInt("total")).isZero();
  }

  @Test
  void searchTakesPercentAndUnderscoreLiterally() {
    String marker = marker();
    create(user(Api.uniqueEmail("like"), PASSWORD, "ab" + marker, "L"));

    assertThat(list("?search=b" + marker).json().getInt("total")).isEqualTo(1);
    assertThat(list("?search=a_" + marker).json().getInt("total")).isZero();
    assertThat(list("?search=a%25" + marker).json().getInt("total")).isZero();
  }

  @Test
  void anAdministratorUpdatesEmailNamesActiveAndAdmin() {
    String id = create(user(Api.uniqueEmail("upd"), PASSWORD, "Old", "Name")).json().getString("id");
    String newEmail = Api.uniqueEmail("Updated");

    Api.Reply reply =
        api.put("/api/v1/users/" + id,
                Json.createObjectBuilder().add("email", newEmail).add("first_name", "New")
                    .add("last_name", "Person").add("is_admin", true).build().toString())
            .bearer(admin.token()).send();

    assertThat(reply.status()).isEqualTo(200);
    JsonObject body = reply.json();
    assertThat(body.getString("email")).isEqualTo(newEmail.toLowerCase());
    assertThat(body.getString("first_name")).isEqualTo("New");
    assertThat(body.getString("last_name")).isEqualTo("Person");
    assertThat(body.getBoolean("is_admin")).isTrue();
    assertThat(body.getBoolean("is_active")).isTrue();
    assertThat(body.getString("updated_at")).isNotEqualTo(body.getString("created_at"));
    Api.Session promoted = api.login(newEmail, PASSWORD);
    assertThat(api.get("/api/v1/users").bearer(promoted.token()).send().status()).isEqualTo(200);

    Api.Reply demoted =
        api.put("/api/v1/users/" + id, "{\"is_admin\": false, \"is_active\": false}").bearer(admin.token()).send();
    assertThat(demoted.json().getBoolean("is_admin")).isFalse();
    assertThat(demoted.json().getBoolean("is_active")).isFalse();
    assertThat(api.get("/api/v1/users/" + id).bearer(admin.token()).send().json()).isEqualTo(demoted.json());
  }

  @Test
  void onlyTheFieldsPresentChange() {
    String email = Api.uniqueEmail("partial");
    String id = create(user(email, PASSWORD, "Keep", "Me")).json().getString("id");

    JsonObject body = api.put("/api/v1/users/" + id, "{\"last_name\": \"Changed\"}").bearer(admin.token()).send().json();

    assertThat(body.getString("email")).isEqualTo(email);
    assertThat(body.getString("first_name")).isEqualTo("Keep");
    assertThat(body.getString("last_name")).isEqualTo("Changed");
  }

  @Test
  void afterAnEmailChangeTheOldEmailNoLongerSignsInAndIsFree() {
    String oldEmail = Api.uniqueEmail("old");
    String newEmail = Api.uniqueEmail("new");
    String id = create(user(oldEmail, PASSWORD, "E", "C")).json().getString("id");

    api.put("/api/v1/users/" + id, "{\"email\": \"" + newEmail + "\"}").bearer(admin.token()).send();

    assertThat(api.login(newEmail, PASSWORD).token()).isNotBlank();
    Api.Reply old =
        api.post("/api/v1/auth/login", "{\"email\":\"" + oldEmail + "\",\"password\":\"" + PASSWORD + "\"}").send();
    assertThat(old.status()).isEqualTo(401);
    assertThat(create(user(oldEmail, PASSWORD, "Someone", "Else")).status()).isEqualTo(201);
  }

  @Test
  void anAdministratorDeletesAUser() {
    String email = Api.uniqueEmail("del");
    String id = create(user(email, PASSWORD, "D", "E")).json().getString("id");
    Api.Session session = api.login(email, PASSWORD);

    Api.Reply deleted = api.delete("/api/v1/users/" + id).bearer(admin.token()).send();

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/users/" + id).bearer(admin.token()).send().code()).isEqualTo("not_found");
    assertThat(api.delete("/api/v1/users/" + id).bearer(admin.token()).send().status()).isEqualTo(404);
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(401);
    Api.Reply login =
        api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").send();
    assertThat(login.code()).isEqualTo("invalid_credentials");
  }

  @Test
  void aTakenEmailIsAConflictWhateverItsCase() {
    String email = Api.uniqueEmail("taken");
    String other = create(user(Api.uniqueEmail("other"), PASSWORD, "O", "T")).json().getString("id");
    create(user(email, PASSWORD, "T", "A"));

    Api.Reply again = create(user(email.toUpperCase(), PASSWORD, "T", "B"));
    Api.Reply update =
        api.put("/api/v1/users/" + other, "{\"email\": \"" + email + "\"}").bearer(admin.token()).send();

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("email_taken");
    assertThat(update.status()).isEqualTo(409);
    assertThat(update.code()).isEqualTo("email_taken");
  }

  @Test
  void aPasswordShorterThanThePolicyIsWeakAndNothingIsCreated() {
    String email = Api.uniqueEmail("weak");

    Api.Reply reply = create(user(email, "seven77", "W", "P"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("weak_password");
    assertThat(reply.json().getJsonObject("details").getInt("min_length")).isEqualTo(8);
    assertThat(list("?search=" + email).json().getInt("total")).isZero();
  }

  @Test
  void malformedFieldsFailValidationNamingEachField() {
    Api.Reply badEmail = create(user("not-an-email", PASSWORD, "B", "E"));
    Api.Reply noPassword = create("{\"email\": \"" + Api.uniqueEmail("nopw") + "\"}");
    Api.Reply longName = create(user(Api.uniqueEmail("long"), PASSWORD, "F".repeat(101), "L"));
    Api.Reply noBody = create("null");

    assertThat(List.of(badEmail, noPassword, longName, noBody))
        .allSatisfy(r -> {
          assertThat(r.status()).isEqualTo(400);
          assertThat(r.code()).isEqualTo("validation_failed");
        });
    assertThat(badEmail.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("email");
    assertThat(noPassword.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("password");
    assertThat(longName.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("first_name");
    assertThat(noBody.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("body");
  }

  @Test
  void wrongJsonTypesAreRefusedAndChangeNothing() {
    String id = create(user(Api.uniqueEmail("types"), PASSWORD, "T", "Y")).json().getString("id");

    Api.Reply adminAsNumber = api.put("/api/v1/users/" + id, "{\"is_admin\": 1}").bearer(admin.token()).send();
    Api.Reply activeAsWord = api.put("/api/v1/users/" + id, "{\"is_active\": \"no\"}").bearer(admin.token()).send();
    Api.Reply createAsWord = create("{\"email\":\"" + Api.uniqueEmail("yes") + "\",\"password\":\"" + PASSWORD
        + "\",\"is_admin\":\"yes\"}");
    Api.Reply notJson = create("{\"email\":");

    assertThat(List.of(adminAsNumber, activeAsWord, createAsWord, notJson))
        .allSatisfy(r -> {
          assertThat(r.status()).isEqualTo(400);
          assertThat(r.code()).isEqualTo("invalid_json");
        });
    JsonObject unchanged = api.get("/api/v1/users/" + id).bearer(admin.token()).send().json();
    assertThat(unchanged.getBoolean("is_active")).isTrue();
    assertThat(unchanged.getBoolean("is_admin")).isFalse();
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "42")) {
      for (Api.Call call :
          List.of(
              api.get("/api/v1/users/" + id),
              api.put("/api/v1/users/" + id, "{\"first_name\":\"X\"}"),
              api.delete("/api/v1/users/" + id))) {
        Api.Reply reply = call.bearer(admin.token()).send();
        assertThat(reply.status()).as(id).isEqualTo(404);
        assertThat(reply.code()).as(id).isEqualTo("not_found");
      }
    }
  }

  private List<Api.Call> everyAdminEndpoint(String userId) {
    String body = user(Api.uniqueEmail("x"), PASSWORD, "X", "Y");
    return List.of(
        api.get("/api/v1/users"),
        api.post("/api/v1/users", body),
        api.get("/api/v1/users/" + userId),
        api.put("/api/v1/users/" + userId, "{\"is_admin\": true}"),
        api.delete("/api/v1/users/" + userId),
        api.get("/api/v1/settings"),
        api.put("/api/v1/settings", "{\"password_min_length\": 9}"),
        api.get("/api/v1/audit"));
  }

  @Test
  void aUserWhoIsNotAnAdministratorIsForbiddenEveryAdminEndpoint() {
    String email = Api.uniqueEmail("plain");
    String id = api.createUser(admin, email, PASSWORD, false);
    Api.Session plain = api.login(email, PASSWORD);

    SoftAssertions soft = new SoftAssertions();
    for (Api.Call call : everyAdminEndpoint(id)) {
      Api.Reply reply = call.bearer(plain.token()).send();
      soft.assertThat(reply.status()).as(reply.body()).isEqualTo(403);
      soft.assertThat(reply.code()).isEqualTo("forbidden");
    }
    soft.assertAll();
    JsonObject self = api.me(plain);
    assertThat(self.getBoolean("is_admin")).isFalse();
    assertThat(self.getBoolean("is_active")).isTrue();
  }

  @Test
  void withoutATokenEveryAdminEndpointIsUnauthorized() {
    String id = api.createUser(admin, Api.uniqueEmail("anon"), PASSWORD, false);

    SoftAssertions soft = new SoftAssertions();
    for (Api.Call call : everyAdminEndpoint(id)) {
      Api.Reply reply = call.send();
      soft.assertThat(reply.status()).as(reply.body()).isEqualTo(401);
      soft.assertThat(reply.code()).isEqualTo("unauthorized");
    }
    soft.assertAll();
    assertThat(api.get("/api/v1/users/" + id).bearer(admin.token()).send().status()).isEqualTo(200);
  }

  @Test
  void theLastActiveAdministratorCannotBeRemovedDemotedOrDeactivated() {
    TestDatabase db = api.server().database();
    String adminId = api.me(admin).getString("id");
    List<Object> others =
        db.queryColumn("SELECT id FROM users WHERE is_admin = TRUE AND is_active = TRUE AND id <> ?",
            UUID.fromString(adminId));
    others.forEach(id -> db.update("UPDATE users SET is_admin = FALSE WHERE id = ?", id));
    try {
      for (Api.Call call :
          List.of(
              api.put("/api/v1/users/" + adminId, "{\"is_admin\": false}"),
              api.put("/api/v1/users/" + adminId, "{\"is_active\": false}"),
              api.delete("/api/v1/users/" + adminId))) {
        Api.Reply reply = call.bearer(admin.token()).send();
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("last_admin");
      }
      JsonObject self = api.me(admin);
      assertThat(self.getBoolean("is_admin")).isTrue();
      assertThat(self.getBoolean("is_active")).isTrue();
    } finally {
      others.forEach(id -> db.update("UPDATE users SET is_admin = TRUE WHERE id = ?", id));
    }
  }

  @Test
  void anotherAdministratorCanBeDemotedWhileOneRemains() {
    String email = Api.uniqueEmail("second-admin");
    String id = api.createUser(admin, email, PASSWORD, true);

    Api.Reply reply = api.put("/api/v1/users/" + id, "{\"is_admin\": false}").bearer(admin.token()).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("is_admin")).isEqualTo(JsonValue.FALSE);
  }
}
