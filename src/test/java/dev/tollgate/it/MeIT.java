package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller's own account: profile, password change, password policy (SPEC §10). */
class MeIT {
  private static final String PASSWORD = "correct-horse-1";
  private static final String NEW_PASSWORD = "battery-staple-2";

  private final Api api = Api.forServer();
  private String email;
  private String id;

  @BeforeEach
  void user() {
    email = Api.uniqueEmail("me");
    id = api.createUser(api.admin(), email, PASSWORD, false);
  }

  @AfterEach
  void restorePolicy() {
    api.put("/api/v1/settings", "{\"password_min_length\": 8, \"login_max_attempts\": 10}")
        .bearer(api.admin().token()).send();
  }

  private static String change(String current, String next) {
    return Json.createObjectBuilder().add("current_password", current).add("new_password", next).build().toString();
  }

  private Api.Reply changePassword(Api.Session session, String current, String next) {
    return api.put("/api/v1/me/password", change(current, next)).bearer(session.token()).send();
  }

  private int loginStatus(String password) {
    return api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", password).build().toString())
        .send()
        .status();
  }

  @Test
  void meIsTheCaller() {
    Api.Reply reply = api.get("/api/v1/me").bearer(api.login(email, PASSWORD).token()).send();

    assertThat(reply.status()).isEqualTo(200);
    JsonObject me = reply.json();
    assertThat(me.getString("id")).isEqualTo(id);
    assertThat(me.getString("email")).isEqualTo(email);
    assertThat(me.getString("first_name")).isEqualTo("Test");
    assertThat(me.getString("last_name")).isEqualTo("User");
    assertThat(me.getBoolean("is_admin")).isFalse();
    assertThat(me.getBoolean("is_active")).isTrue();
    assertThat(reply.body()).doesNotContainIgnoringCase("password").doesNotContain("argon2");
  }

  @Test
  void meNeedsAToken() {
    Api.Reply reply = api.get("/api/v1/me").send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("unauthorized");
  }

  @Test
  void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
    Api.Session session = api.login(email, PASSWORD);

    Api.Reply reply = changePassword(session, "not-my-password", NEW_PASSWORD);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("invalid_credentials");
    assertThat(loginStatus(PASSWORD)).isEqualTo(200);
    assertThat(loginStatus(NEW_PASSWORD)).isEqualTo(401);
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(200);
  }

  @Test
  void wrongCurrentPasswordsAreLimitedLikeSignInPasswords() {
    Api.Session session = api.login(email, PASSWORD);
    api.put("/api/v1/settings", "{\"login_max_attempts\": 2}").bearer(api.admin().token()).send();

    assertThat(changePassword(session, "guess-number-1", NEW_PASSWORD).status()).isEqualTo(401);
    Api.Reply locked = changePassword(session, "guess-number-2", NEW_PASSWORD);
    Api.Reply evenTheRightOne = changePassword(session, PASSWORD, NEW_PASSWORD);

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.code()).isEqualTo("too_many_attempts");
    assertThat(locked.header("Retry-After")).isPresent();
    assertThat(evenTheRightOne.status()).isEqualTo(429);
    assertThat(loginStatus(NEW_PASSWORD)).isEqualTo(401);
  }

  @Test
  void aWeakNewPasswordIsRefusedAndChangesNothing() {
    Api.Session session = api.login(email, PASSWORD);

    Api.Reply reply = changePassword(session, PASSWORD, "short");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("weak_password");
    assertThat(reply.json().getJsonObject("details").getInt("min_length")).isEqualTo(8);
    assertThat(loginStatus(PASSWORD)).isEqualTo(200);
    assertThat(loginStatus("short")).isEqualTo(401);
  }

  @Test
  void anOversizedOrMissingFieldFailsValidation() {
    Api.Session session = api.login(email, PASSWORD);

    Api.Reply tooLong = changePassword(session, PASSWORD, "x".repeat(257));
    Api.Reply missing = api.put("/api/v1/me/password", "{\"new_password\":\"" + NEW_PASSWORD + "\"}")
        .bearer(session.token()).send();

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("new_password");
    assertThat(missing.code()).isEqualTo("validation_failed");
    assertThat(missing.json().getJsonObject("details").getJsonObject("fields")).containsOnlyKeys("current_password");
    assertThat(loginStatus(PASSWORD)).isEqualTo(200);
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsButNotThisOne() {
    Api.Session current = api.login(email, PASSWORD);
    Api.Session other = api.login(email, PASSWORD);

    Api.Reply reply = changePassword(current, PASSWORD, NEW_PASSWORD);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    Api.Reply otherAfter = api.get("/api/v1/me").bearer(other.token()).send();
    assertThat(otherAfter.status()).isEqualTo(401);
    assertThat(otherAfter.code()).isEqualTo("token_revoked");
    assertThat(otherAfter.header("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
    assertThat(api.get("/api/v1/me").bearer(current.token()).send().status()).isEqualTo(200);
  }

  @Test
  void afterAChangeOnlyTheNewPasswordSignsIn() {
    changePassword(api.login(email, PASSWORD), PASSWORD, NEW_PASSWORD);

    assertThat(loginStatus(PASSWORD)).isEqualTo(401);
    assertThat(loginStatus(NEW_PASSWORD)).isEqualTo(200);
  }

  @Test
  void thePasswordPolicyFollowsTheSetting() {
    Api.Session session = api.login(email, PASSWORD);

    JsonObject before = api.get("/api/v1/me/password-policy").bearer(session.token()).send().json();
    api.put("/api/v1/settings", "{\"password_min_length\": 12}").bearer(api.admin().token()).send();
    JsonObject after = api.get("/api/v1/me/password-policy").bearer(session.token()).send().json();

    assertThat(before).isEqualTo(Json.createObjectBuilder().add("min_length", 8).add("max_length", 256).build());
    assertThat(after).isEqualTo(Json.createObjectBuilder().add("min_length", 12).add("max_length", 256).build());
    Api.Reply elevenCharacters = changePassword(session, PASSWORD, "eleven-char");
    assertThat(elevenCharacters.code()).isEqualTo("weak_password");
    assertThat(elevenCharacters.json().getJsonObject("details").getInt("min_length")).isEqualTo(12);
  }
}
