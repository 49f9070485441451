package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §9: SSO across applications, the second step only when just MFA is due, re-verification. */
class OidcSsoIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.setSettings("{\"mfa_reauth_interval_minutes\":0}");
    totp.restoreSettings();
  }

  @Test
  void aSecondApplicationWhosePolicyIsMetSignsInWithoutAPrompt() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-met");
    RelyingParty first = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    RelyingParty second = RelyingParty.register(api, totp.admin(), "spa", "any", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), first.clientId, user);

    RelyingParty.Attempt attempt = second.attempt();
    String back = browser.location(browser.visit(attempt.path()));

    IDTokenClaimsSet claims = attempt.validate(attempt.exchange(attempt.code(back)).getOIDCTokens().getIDToken());
    assertThat(claims.getACR().getValue()).isEqualTo("any");
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd", "otp", "mfa");
  }

  @Test
  void aStricterApplicationAsksOnlyForTheSecondStep() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-stricter");
    RelyingParty loose = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty strict = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), loose.clientId, null);
    String sid = browser.sid;

    RelyingParty.Attempt attempt = strict.attempt();
    String toLogin = browser.location(browser.visit(attempt.path()));
    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "mfa").containsEntry("client_id", strict.clientId);
    browser.stepUp(user);
    String back = browser.location(browser.visit(Browser.returnPath(toLogin)));

    assertThat(browser.sid).isEqualTo(sid);
    IDTokenClaimsSet claims = attempt.validate(attempt.exchange(attempt.code(back)).getOIDCTokens().getIDToken());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd", "otp", "mfa");
    assertThat(claims.getACR().getValue()).isEqualTo("otp");
    assertThat(totp.auditCount(user.id(), "reverification_asked")).isZero();
  }

  @Test
  void aPasskeyApplicationAsksASessionThatVerifiedOnlyTotpForThePasskey() {
    String email = totp.newUser("sso-passkey");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    PasskeyClient passkeys = new PasskeyClient(api);
    Api.Reply registered = passkeys.register(api.login(email, TotpFixtures.PASSWORD).token(), authenticator, "Key");
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "passkey", null);
    Browser browser = new Browser(api);
    browser.signIn(email, null, null);
    // as if TOTP had been verified at this sign-in: the session's only verified factor is TOTP
    api.server().database().update("UPDATE sso_session SET amr = 'pwd otp mfa' WHERE id = ?", sessionId(browser));
    ageVerification(browser, 1);

    RelyingParty.Attempt attempt = rp.attempt();
    String toLogin = browser.location(browser.visit(attempt.path()));
    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "mfa");
    browser.portalToken = passkeys.stepUp(browser.portalToken, authenticator);
    String back = browser.location(browser.visit(Browser.returnPath(toLogin)));

    IDTokenClaimsSet claims = attempt.validate(attempt.exchange(attempt.code(back)).getOIDCTokens().getIDToken());
    assertThat(RelyingParty.amr(claims)).contains("pwd", "otp", "hwk", "mfa");
    assertThat(claims.getACR().getValue()).isEqualTo("passkey");
  }

  @Test
  void aFailingSelectorScriptIsAccessDeniedAtTheClient() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-script-fails");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled",
        "function evaluate(ctx) { throw new Error('no'); }");
    Browser browser = new Browser(api);
    browser.signIn(user.email(), null, null);
    RelyingParty.Attempt attempt = rp.attempt();

    var answer = RelyingParty.query(browser.location(browser.visit(attempt.path())));

    assertThat(answer).containsEntry("error", "access_denied").containsEntry("state", attempt.state.getValue());
    assertThat(totp.auditCount(user.id(), "mfa_policy_script_failed")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "authorization_denied")).isEqualTo(1);
  }

  @Test
  void anAgedVerificationBringsTheSecondStepBackWithANonZeroInterval() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-reverify");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), null, null);
    // as if the user had passed TOTP at sign-in 10 minutes ago (one code per test keeps TOTP steps free)
    api.server().database().update("UPDATE sso_session SET amr = 'pwd otp mfa' WHERE id = ?", sessionId(browser));
    ageVerification(browser, 10);
    totp.setSettings("{\"mfa_reauth_interval_minutes\":30}");
    assertThat(browser.location(browser.visit(rp.attempt().path()))).startsWith(RelyingParty.REDIRECT + "?code=");
    ageVerification(browser, 45);

    RelyingParty.Attempt attempt = rp.attempt();
    String toLogin = browser.location(browser.visit(attempt.path()));
    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "mfa");
    assertThat(totp.auditCount(user.id(), "reverification_asked")).isEqualTo(1);
    browser.stepUp(user);
    String back = browser.location(browser.visit(Browser.returnPath(toLogin)));

    assertThat(attempt.exchange(attempt.code(back)).getOIDCTokens().getIDToken()).isNotNull();
    assertThat(totp.auditCount(user.id(), "reverification_passed")).isEqualTo(1);
    Object renewed = api.server().database().queryValue(
        "SELECT mfa_verified_at FROM sso_session WHERE id = ?", sessionId(browser));
    assertThat(instant(renewed)).isAfter(Instant.now().minus(5, ChronoUnit.MINUTES));
  }

  @Test
  void anAgedVerificationIsEnoughWhenTheIntervalIsZero() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-once");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, user);
    ageVerification(browser, 600);

    assertThat(browser.location(browser.visit(rp.attempt().path()))).startsWith(RelyingParty.REDIRECT + "?code=");
    assertThat(totp.auditCount(user.id(), "reverification_asked")).isZero();
  }

  @Test
  void theApplicationsScriptIntervalReplacesAZeroGlobalOne() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-script");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp",
        "function evaluate(ctx) { return 'otp'; } function reauthInterval(ctx) { return 30; }");
    RelyingParty other = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, user);
    ageVerification(browser, 45);

    String scripted = browser.location(browser.visit(rp.attempt().path()));
    String unscripted = browser.location(browser.visit(other.attempt().path()));

    assertThat(RelyingParty.query(scripted)).containsEntry("prompt", "mfa");
    assertThat(unscripted).startsWith(RelyingParty.REDIRECT + "?code=");
  }

  @Test
  void aTrustedDeviceNeverStandsInForAReverification() {
    TotpFixtures.TotpUser user = totp.enrolledUser("sso-device");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, user);
    browser.trust();
    totp.setSettings("{\"mfa_reauth_interval_minutes\":30}");
    ageVerification(browser, 45);

    String toLogin = browser.location(browser.visit(rp.attempt().path()));

    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "mfa");
  }

  @Test
  void anApplicationNeedingAFactorTheUserLacksSendsThemToSignInAndEnroll() {
    String email = totp.newUser("sso-enroll");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(email, null, null);

    String toLogin = browser.location(browser.visit(rp.attempt().path()));

    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "login");
  }

  private void ageVerification(Browser browser, long minutes) {
    api.server().database().update(
        "UPDATE sso_session SET mfa_verified_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(minutes, ChronoUnit.MINUTES)), sessionId(browser));
  }

  /** H2 answers OffsetDateTime for TIMESTAMP WITH TIME ZONE, PostgreSQL's driver a Timestamp. */
  private static Instant instant(Object value) {
    return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : ((Timestamp) value).toInstant();
  }

  private static UUID sessionId(Browser browser) {
    return UUID.fromString(TotpFixtures.claims(browser.portalToken).getString("sid"));
  }
}
