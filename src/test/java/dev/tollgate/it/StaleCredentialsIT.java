package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials an attacker keeps are checked against today's facts when they are used: an
 * enrollment token dies with the factors it was issued on, a trusted device vouches only for
 * what it was trusted after (and never past a locked second step), a cloned passkey's counter
 * lets one of two racing sign-ins through.
 */
class StaleCredentialsIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void anEnrollmentTokenIssuedBeforeTheUserEnrolledAddsNoFactor() {
    String email = totp.newUser("stale-enroll");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String attackers = enrollmentToken(email);
    Api.Reply begun = passkeys.begin(attackers, null);
    assertThat(begun.status()).as(begun.toString()).isEqualTo(200);
    String users = enrollmentToken(email);

    // the user enrolls an authenticator app with their own token
    String secret = totp.enroll(users).getString("secret");
    Api.Reply enrolled = totp.confirm(users, TotpFixtures.code(secret, TotpFixtures.currentStep()));
    assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);

    JsonObject credential =
        SoftwareAuthenticator.create().register(begun.json().getJsonObject("publicKey"), passkeys.origin());
    Api.Reply finished = passkeys.finish(attackers, begun.json().getString("session"), credential, null);
    assertThat(finished.status()).as(finished.toString()).isEqualTo(401);
    assertThat(finished.code()).isEqualTo("invalid_enrollment_token");
    Api.Reply again = passkeys.begin(attackers, null);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("invalid_enrollment_token");
    assertThat(passkeyRows(email)).isZero();
  }

  @Test
  void racingEnrollmentsWithTokensOfOneMomentAddOneFactor() {
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    List<Api.Call> calls = new java.util.ArrayList<>();
    List<String> emails = IntStream.range(0, 4).mapToObj(i -> totp.newUser("race-enroll")).toList();
    for (String email : emails) {
      // one token registers a passkey while the other confirms an authenticator app, at once
      String passkeyToken = enrollmentToken(email);
      String appToken = enrollmentToken(email);
      JsonObject begun = passkeys.begin(passkeyToken, null).json();
      JsonObject credential =
          SoftwareAuthenticator.create().register(begun.getJsonObject("publicKey"), passkeys.origin());
      String secret = totp.enroll(appToken).getString("secret");
      calls.add(api.post("/api/v1/mfa/passkey/register/finish?session=" + begun.getString("session"),
              Json.createObjectBuilder().add("credential", credential).build().toString())
          .bearer(passkeyToken));
      calls.add(api.post("/api/v1/mfa/totp/confirm",
              TotpFixtures.body("code", TotpFixtures.code(secret, TotpFixtures.currentStep())))
          .bearer(appToken));
    }

    List<Api.Reply> replies = Burst.of(calls.size(), calls::get);

    for (int user = 0; user < emails.size(); user++) {
      List<Api.Reply> pair = replies.subList(2 * user, 2 * user + 2);
      assertThat(Burst.statuses(pair)).as(pair.toString()).isEqualTo(Map.of(200, 1L, 401, 1L));
      assertThat(pair).filteredOn(r -> r.status() == 401).extracting(Api.Reply::code)
          .containsExactly("invalid_enrollment_token");
      assertThat(passkeyRows(emails.get(user)) + totpRows(emails.get(user))).isEqualTo(1);
    }
  }

  @Test
  void aDeviceTrustedAfterTotpDoesNotStandInForAPasskeyLevel() {
    Device device = trustedAfterTotp("device-level");
    RelyingParty passkeyApp = RelyingParty.register(api, totp.admin(), "oidc", "passkey", null);

    Api.Reply login =
        api.post("/api/v1/auth/login", credentials(device.user.email(), passkeyApp.clientId))
            .cookie("idp_device", device.browser.device)
            .send();

    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    assertThat(login.json().getBoolean("mfa_required", false)).as(login.toString()).isTrue();
    assertThat(login.json().getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("passkey");
  }

  @Test
  void singleSignOnThroughATrustedDeviceClaimsOnlyWhatTheSessionVerified() {
    Device device = trustedAfterTotp("device-acr");
    Browser browser = device.passwordOnlySession();
    RelyingParty anyApp = RelyingParty.register(api, totp.admin(), "oidc", "any", null);
    RelyingParty passkeyApp = RelyingParty.register(api, totp.admin(), "oidc", "passkey", null);

    RelyingParty.Attempt attempt = anyApp.attempt();
    IDTokenClaimsSet claims =
        attempt.validate(attempt.exchange(attempt.code(browser.location(browser.visit(attempt.path()))))
            .getOIDCTokens().getIDToken());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd");
    assertThat(claims.getACR().getValue()).isEqualTo("disabled");

    String toPasskeyApp = browser.location(browser.visit(passkeyApp.attempt().path()));
    assertThat(toPasskeyApp).startsWith("/login?");
  }

  @Test
  void aTrustedDeviceDoesNotStandInWhileTheSecondStepIsLocked() {
    Device device = trustedAfterTotp("device-lock");
    Browser browser = device.passwordOnlySession();
    RelyingParty anyApp = RelyingParty.register(api, totp.admin(), "oidc", "any", null);
    totp.setSettings("{\"mfa_max_attempts\":2}");
    String mfaToken = totp.mfaToken(device.user.email());
    String wrong = TotpFixtures.wrongCode(device.user.secret());
    totp.answer(mfaToken, wrong);
    assertThat(totp.answer(mfaToken, wrong).status()).isEqualTo(429);

    String location = browser.location(browser.visit(anyApp.attempt().path()));

    assertThat(location).startsWith("/login?");
  }

  @Test
  void twoSignInsWithAClonedPasskeyAtOneCounterValueLetOneThrough() {
    TotpFixtures.TotpUser user = totp.enrolledUser("clone");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":20}");
    Api.Session verified = totp.verifiedSession(user);
    SoftwareAuthenticator original = SoftwareAuthenticator.create();
    assertThat(passkeys.register(verified.token(), original, "Key").status()).isEqualTo(201);
    passkeys.answer(passkeys.mfaToken(user.email()), original);
    SoftwareAuthenticator clone = original.cloned();

    List<String> tokens = List.of(totp.mfaToken(user.email()), totp.mfaToken(user.email()));
    List<JsonObject> options =
        tokens.stream().map(t -> passkeys.beginStep(t).json().getJsonObject("publicKey")).toList();
    List<JsonObject> assertions =
        List.of(original.authenticate(options.get(0), passkeys.origin()), clone.authenticate(options.get(1), passkeys.origin()));

    List<Api.Reply> replies =
        Burst.of(2, i -> api.post("/api/v1/auth/mfa/passkey/finish",
            Json.createObjectBuilder().add("mfa_token", tokens.get(i)).add("credential", assertions.get(i)).build().toString()));

    assertThat(Burst.statuses(replies)).as(replies.toString()).isEqualTo(Map.of(200, 1L, 401, 1L));
  }

  private record Device(TotpFixtures.TotpUser user, Browser browser) {
    /** The same browser (its device cookie), signed in again with the password alone. */
    Browser passwordOnlySession() {
      browser.sid = null;
      browser.signIn(user.email(), null, null);
      return browser;
    }
  }

  /** A TOTP user with a passkey too, whose browser was trusted after a TOTP sign-in. */
  private Device trustedAfterTotp(String prefix) {
    TotpFixtures.TotpUser user = totp.enrolledUser(prefix);
    totp.setSettings("{\"mfa_policy\":\"optional\",\"trusted_device_duration_days\":"
        + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS + "}");
    Browser browser = new Browser(api);
    browser.signIn(user.email(), null, user);
    browser.trust();
    assertThat(passkeys.register(browser.portalToken, SoftwareAuthenticator.create(), "Key").status()).isEqualTo(201);
    return new Device(user, browser);
  }

  private String enrollmentToken(String email) {
    Api.Reply reply = totp.login(email);
    assertThat(reply.json().getBoolean("mfa_enrollment_required", false)).as(reply.toString()).isTrue();
    return reply.json().getString("enrollment_token");
  }

  private long passkeyRows(String email) {
    Object count = api.server().database().queryValue(
        "SELECT COUNT(*) FROM passkey WHERE user_id = (SELECT id FROM users WHERE email = ?)", email);
    return ((Number) count).longValue();
  }

  private long totpRows(String email) {
    Object count = api.server().database().queryValue(
        "SELECT COUNT(*) FROM totp_credential WHERE confirmed_at IS NOT NULL"
            + " AND user_id = (SELECT id FROM users WHERE email = ?)", email);
    return ((Number) count).longValue();
  }

  private static String credentials(String email, String clientId) {
    return Json.createObjectBuilder()
        .add("email", email).add("password", TotpFixtures.PASSWORD).add("client_id", clientId)
        .build().toString();
  }
}
