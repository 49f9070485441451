package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.warrenstrange.googleauth.GoogleAuthenticator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Users with an authenticator app, and TOTP codes computed independently of the server (with
 * googleauth's defaults: SHA-1, 6 digits, 30 s). The server accepts each step once per user and
 * one step of drift either way, so a user remembers the last step it used and
 * {@link TotpUser#nextCode} answers with the current step, or the next one while the current
 * one is used up. Such a code stays acceptable for at least 30 seconds, whichever side of a
 * step boundary the request falls, so no test waits for a step or depends on where it starts.
 */
final class TotpFixtures {
  static final String PASSWORD = "correct-horse-1";
  static final String RESTORE_SETTINGS =
      "{\"mfa_policy\":\"disabled\",\"mfa_allowed_methods\":\"totp,passkey\","
          + "\"mfa_enforce_enrollment\":false,\"mfa_reauth_interval_minutes\":0,"
          + "\"mfa_max_attempts\":5,\"mfa_lockout_minutes\":15}";

  private static final GoogleAuthenticator CODES = new GoogleAuthenticator();

  private final Api api;
  /** Signed in once, before a test changes the policy the admin's own sign-in obeys. */
  private final Api.Session admin;

  TotpFixtures(Api api) {
    this.api = api;
    this.admin = api.admin();
  }

  Api.Session admin() {
    return admin;
  }

  /** A user whose app was confirmed with the code of {@code confirmedStep}. */
  static final class TotpUser {
    private final String id;
    private final String email;
    private final String secret;
    private final long confirmedStep;
    private long lastStep;

    TotpUser(String id, String email, String secret, long confirmedStep) {
      this.id = id;
      this.email = email;
      this.secret = secret;
      this.confirmedStep = confirmedStep;
      this.lastStep = confirmedStep;
    }

    String id() {
      return id;
    }

    String email() {
      return email;
    }

    String secret() {
      return secret;
    }

    long confirmedStep() {
      return confirmedStep;
    }

    /**
     * The code of a step this user has not used, which the server accepts now: the current
     * step, or the next one (one step of drift) while the current one is used up.
     */
    String nextCode() {
      lastStep = Math.max(currentStep(), lastStep + 1);
      return code(secret, lastStep);
    }
  }

  static long currentStep() {
    return Math.floorDiv(Instant.now().toEpochMilli(), 30_000L);
  }

  static String code(String secret, long step) {
    return String.format("%06d", CODES.getTotpPassword(secret, step * 30_000L));
  }

  /** A code that matches no step the server could accept around now. */
  static String wrongCode(String secret) {
    long now = currentStep();
    Set<String> near = new HashSet<>();
    for (long step = now - 3; step <= now + 3; step++) {
      near.add(code(secret, step));
    }
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!near.contains(code)) {
        return code;
      }
    }
  }

  String newUser(String prefix) {
    String email = Api.uniqueEmail(prefix);
    api.createUser(admin, email, PASSWORD, false);
    return email;
  }

  /** Creates a user and sets up their app (a user without factors needs no step-up for it). */
  TotpUser enrolledUser(String prefix) {
    String email = newUser(prefix);
    Api.Session session = api.login(email, PASSWORD);
    String secret = enroll(session.token()).getString("secret");
    long step = currentStep();
    Api.Reply confirmed = confirm(session.token(), code(secret, step));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return new TotpUser(userId(session.token()), email, secret, step);
  }

  JsonObject enroll(String token) {
    Api.Reply reply = api.post("/api/v1/mfa/totp/enroll", null).bearer(token).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  Api.Reply confirm(String token, String code) {
    return api.post("/api/v1/mfa/totp/confirm", body("code", code)).bearer(token).send();
  }

  Api.Reply login(String email) {
    return api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString())
        .send();
  }

  /** Signs in with the password and returns the mfa_token the answer carries. */
  String mfaToken(String email) {
    Api.Reply reply = login(email);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getBoolean("mfa_required", false)).as(reply.toString()).isTrue();
    return reply.json().getString("mfa_token");
  }

  Api.Reply answer(String mfaToken, String code) {
    return api.post(
            "/api/v1/auth/mfa/totp",
            Json.createObjectBuilder().add("mfa_token", mfaToken).add("code", code).build().toString())
        .send();
  }

  /** A session whose second factor was verified at sign-in (policy optional for the login). */
  Api.Session verifiedSession(TotpUser user) {
    setSettings("{\"mfa_policy\":\"optional\"}");
    Api.Reply done = answer(mfaToken(user.email()), user.nextCode());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return new Api.Session(done.json().getString("token"), done.cookie("idp_sid").orElseThrow());
  }

  void setSettings(String json) {
    Api.Reply reply = api.put("/api/v1/settings", json).bearer(admin.token()).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  void restoreSettings() {
    setSettings(RESTORE_SETTINGS);
  }

  /** The audit events of one type about a user. */
  int auditCount(String userId, String type) {
    return api.get("/api/v1/audit?user_id=" + userId + "&type=" + type)
        .bearer(admin.token())
        .send()
        .json()
        .getInt("total");
  }

  static JsonObject claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return Api.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  static String userId(String jwt) {
    return claims(jwt).getString("sub");
  }

  static String body(String key, String value) {
    return Json.createObjectBuilder().add(key, value).build().toString();
  }
}
