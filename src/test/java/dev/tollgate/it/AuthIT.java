package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthIT {
  private final Api api = Api.forServer();

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"login_max_attempts\": 10}").bearer(api.admin().token()).send();
  }

  private Api.Reply login(String email, String password) {
    return api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", password).build().toString())
        .send();
  }

  @Test
  void loginCompletesWithTokenAndStrictCookies() {
    String email = Api.uniqueEmail("login");
    api.createUser(api.admin(), email, "correct-horse-1", false);

    Api.Reply reply = login(email, "correct-horse-1");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(reply.json().getJsonNumber("expires_in").longValue()).isEqualTo(24 * 3600);
    assertThat(reply.json().getJsonArray("amr").getString(0)).isEqualTo("pwd");
    assertThat(reply.json().containsKey("trust_device_token")).isFalse();
    String sid = reply.setCookie("idp_sid").orElseThrow();
    assertThat(sid).contains("HttpOnly").contains("Secure").contains("Path=/;").contains("SameSite=Lax")
        .contains("Max-Age=604800");
    String token = reply.setCookie("idp_token").orElseThrow();
    assertThat(token).contains("HttpOnly").contains("Secure").contains("Path=/api").contains("SameSite=Strict");
    assertThat(reply.header("Cache-Control")).contains("no-store");
  }

  @Test
  void usernameIsAcceptedInPlaceOfEmail() {
    String email = Api.uniqueEmail("uname");
    api.createUser(api.admin(), email, "correct-horse-1", false);

    Api.Reply reply =
        api.post("/api/v1/auth/login", "{\"username\":\"" + email.toUpperCase() + "\",\"password\":\"correct-horse-1\"}").send();

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSameAnswer() {
    String email = Api.uniqueEmail("known");
    api.createUser(api.admin(), email, "correct-horse-1", false);

    Api.Reply wrongPassword = login(email, "wrong-password-1");
    Api.Reply unknownUser = login(Api.uniqueEmail("nobody"), "wrong-password-1");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    assertThat(wrongPassword.code()).isEqualTo("invalid_credentials");
    assertThat(wrongPassword.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void malformedAndIncompleteBodiesAreRejected() {
    assertThat(api.post("/api/v1/auth/login", "{\"email\":").send().code()).isEqualTo("invalid_json");
    Api.Reply missing = api.post("/api/v1/auth/login", "{\"email\":\"a@b.c\"}").send();
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("validation_failed");
    Api.Reply noIdentifier = api.post("/api/v1/auth/login", "{\"password\":\"x\"}").send();
    assertThat(noIdentifier.status()).isEqualTo(400);
    assertThat(noIdentifier.json().getString("message")).contains("email");
    Api.Reply wrongType = api.post("/api/v1/auth/login", "{\"email\":\"a@b.c\",\"password\":[1]}").send();
    assertThat(wrongType.status()).isEqualTo(400);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilTheLockExpires() {
    api.put("/api/v1/settings", "{\"login_max_attempts\": 3}").bearer(api.admin().token()).send();
    String email = Api.uniqueEmail("lock");
    api.createUser(api.admin(), email, "correct-horse-1", false);

    for (int i = 0; i < 3; i++) {
      assertThat(login(email, "wrong-password-" + i).status()).isEqualTo(401);
    }
    Api.Reply locked = login(email, "correct-horse-1");

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.code()).isEqualTo("too_many_attempts");
    assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);

    int aged =
        api.server().database().update(
            "UPDATE lockout SET locked_until = ? WHERE locked_until IS NOT NULL AND locked_until > ?",
            OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), OffsetDateTime.now(ZoneOffset.UTC));
    assertThat(aged).isGreaterThanOrEqualTo(1);
    assertThat(login(email, "correct-horse-1").status()).isEqualTo(200);
  }

  @Test
  void unknownIdentifiersAreLockedLikeKnownOnes() {
    api.put("/api/v1/settings", "{\"login_max_attempts\": 2}").bearer(api.admin().token()).send();
    String nobody = Api.uniqueEmail("ghost");

    assertThat(login(nobody, "x-password-1").status()).isEqualTo(401);
    assertThat(login(nobody, "x-password-2").status()).isEqualTo(401);

    assertThat(login(nobody, "x-password-3").status()).isEqualTo(429);
  }

  @Test
  void cookieAloneAuthenticatesAndAStaleCookieDoesNotBlockSignIn() {
    String email = Api.uniqueEmail("cookie");
    api.createUser(api.admin(), email, "correct-horse-1", false);
    String token = api.login(email, "correct-horse-1").token();

    assertThat(api.get("/api/v1/me").cookie("idp_token", token).send().status()).isEqualTo(200);
    assertThat(api.get("/api/v1/me").cookie("idp_token", "garbage").send().status()).isEqualTo(401);
    Api.Reply relogin =
        api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct-horse-1\"}")
            .cookie("idp_token", "garbage.stale.token")
            .send();
    assertThat(relogin.status()).isEqualTo(200);
  }

  @Test
  void aBadBearerTokenIsA401Problem() {
    Api.Reply reply = api.get("/api/v1/me").bearer("abc.def.ghi").send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("unauthorized");
  }

  @Test
  void logoutEndsTheSessionAndItsTokens() {
    String email = Api.uniqueEmail("logout");
    api.createUser(api.admin(), email, "correct-horse-1", false);
    Api.Session session = api.login(email, "correct-horse-1");
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(200);

    Api.Reply out = api.post("/api/v1/auth/logout", null).cookie("idp_sid", session.sessionCookie()).send();

    assertThat(out.status()).isEqualTo(204);
    assertThat(out.setCookie("idp_sid").orElseThrow()).contains("Max-Age=0");
    assertThat(out.setCookie("idp_token").orElseThrow()).contains("Max-Age=0");
    Api.Reply after = api.get("/api/v1/me").bearer(session.token()).send();
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.code()).isEqualTo("token_revoked");
  }

  @Test
  void aDisabledAccountCannotSignInAndItsTokensStopWorking() {
    Api.Session admin = api.admin();
    String email = Api.uniqueEmail("disabled");
    String id = api.createUser(admin, email, "correct-horse-1", false);
    Api.Session session = api.login(email, "correct-horse-1");

    api.put("/api/v1/users/" + id, "{\"is_active\": false}").bearer(admin.token()).send();

    Api.Reply refused = login(email, "correct-horse-1");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("account_disabled");
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(401);
    assertThat(login(email, "wrong-password-1").code()).isEqualTo("invalid_credentials");
  }

  @Test
  void theSessionIsStoredOnlyAsAHash() {
    String email = Api.uniqueEmail("hash");
    api.createUser(api.admin(), email, "correct-horse-1", false);
    Api.Session session = api.login(email, "correct-horse-1");

    Object plain =
        api.server().database().queryValue(
            "SELECT COUNT(*) FROM sso_session WHERE token_hash = ?", session.sessionCookie());
    assertThat(((Number) plain).intValue()).isZero();
    assertThat(Instant.now()).isNotNull();
  }
}
