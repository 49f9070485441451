package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 end to end: a sign-in with a verified TOTP code earns a trust token, the token trusts
 * the browser, and the browser's idp_device then stands in for the second step. Each user
 * verifies one code at most (a code is good once per 30-second step).
 */
class TrustedDeviceLoginIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final TrustedDeviceRows rows = new TrustedDeviceRows(api);

  @BeforeEach
  void requireASecondFactor() {
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
  }

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
    totp.setSettings(
        "{\"trusted_device_duration_days\":" + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS
            + ",\"mfa_reauth_interval_minutes\":0}");
  }

  /** The second step passed with a fresh code. */
  private Api.Reply verifiedLogin(TotpFixtures.TotpUser user) {
    Api.Reply done = totp.answer(totp.mfaToken(user.email()), user.nextCode());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return done;
  }

  private Api.Reply trust(String bearer, String trustToken) {
    return api.post("/api/v1/me/devices", TotpFixtures.body("trust_device_token", trustToken))
        .bearer(bearer)
        .send();
  }

  /** A verified sign-in, then the browser trusted: its idp_device value and the sign-in's JWT. */
  private record Trusted(String cookie, String deviceId, String token) {}

  private Trusted trustedBrowser(TotpFixtures.TotpUser user) {
    JsonObject complete = verifiedLogin(user).json();
    Api.Reply trusted = trust(complete.getString("token"), complete.getString("trust_device_token"));
    assertThat(trusted.status()).as(trusted.toString()).isEqualTo(201);
    return new Trusted(
        trusted.cookie("idp_device").orElseThrow(), trusted.json().getString("id"), complete.getString("token"));
  }

  private Api.Reply login(String email, String password, String deviceCookie) {
    return api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("email", email).add("password", password).build().toString())
        .cookie("idp_device", deviceCookie)
        .send();
  }

  private Api.Reply login(String email, String deviceCookie) {
    return login(email, TotpFixtures.PASSWORD, deviceCookie);
  }

  private static boolean asksForTheSecondStep(Api.Reply reply) {
    return reply.status() == 200 && reply.json().getBoolean("mfa_required", false);
  }

  private static void assertCookieCleared(Api.Reply reply) {
    String header = reply.setCookie("idp_device").orElseThrow(() -> new AssertionError("no idp_device in " + reply.setCookies()));
    assertThat(reply.cookie("idp_device")).contains("");
    assertThat(DeviceCookies.attributes(header))
        .contains("Max-Age=0", "Path=/", "HttpOnly", "Secure", "SameSite=Strict");
  }

  /** The details of the newest audit event of a type about a user. */
  private JsonObject lastAudit(String userId, String type) {
    var data = api.get("/api/v1/audit?user_id=" + userId + "&type=" + type)
        .bearer(totp.admin().token()).send().json().getJsonArray("data");
    assertThat(data).as(type).isNotEmpty();
    return data.getJsonObject(0).getJsonObject("details");
  }

  @Test
  void aVerifiedSecondFactorEarnsASingleUseTrustTokenThatTrustsTheBrowser() {
    TotpFixtures.TotpUser user = totp.enrolledUser("earn");
    JsonObject complete = verifiedLogin(user).json();
    String trustToken = complete.getString("trust_device_token");
    assertThat(trustToken).matches("[A-Za-z0-9_-]{43}");

    Api.Reply trusted = trust(complete.getString("token"), trustToken);

    assertThat(trusted.status()).isEqualTo(201);
    assertThat(trusted.json().keySet()).containsExactlyInAnyOrder("id", "name", "created_at", "last_seen_at", "expires_at");
    String header = trusted.setCookie("idp_device").orElseThrow();
    assertThat(header).startsWith("idp_device=" + trusted.cookie("idp_device").orElseThrow() + ";");
    assertThat(DeviceCookies.attributes(header))
        .contains("HttpOnly")
        .contains("Secure")
        .contains("SameSite=Strict")
        .contains("Path=/")
        .contains("Max-Age=" + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS * 86400);
    assertThat(trust(complete.getString("token"), trustToken).code()).isEqualTo("invalid_trust_device_token");
    Object stored = api.server().database().queryValue(
        "SELECT COUNT(*) FROM device_trust_token WHERE token_hash = ?", trustToken);
    assertThat(((Number) stored).intValue()).isZero();
  }

  @Test
  void aTrustedBrowserSkipsTheSecondStepAtTheNextSignIn() {
    TotpFixtures.TotpUser user = totp.enrolledUser("skip");
    Trusted browser = trustedBrowser(user);
    api.server().database().update(
        "UPDATE trusted_device SET created_at = ?, last_seen_at = ? WHERE id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), OffsetDateTime.now(ZoneOffset.UTC).minusDays(2),
        UUID.fromString(browser.deviceId()));

    Api.Reply reply = login(user.email(), browser.cookie());

    assertThat(reply.status()).isEqualTo(200);
    JsonObject body = reply.json();
    assertThat(body.getJsonArray("amr").getValuesAs(JsonString::getString)).containsExactly("pwd");
    assertThat(body.containsKey("trust_device_token")).isFalse();
    assertThat(body.containsKey("mfa_required")).isFalse();
    assertThat(reply.setCookie("idp_sid")).isPresent();
    assertThat(reply.setCookie("idp_device")).isEmpty();
    Object verifiedAt = api.server().database().queryValue(
        "SELECT mfa_verified_at FROM sso_session WHERE id = ?",
        UUID.fromString(TotpFixtures.claims(body.getString("token")).getString("sid")));
    assertThat(verifiedAt).isNull();
    JsonObject device = api.get("/api/v1/me/devices").bearer(body.getString("token")).send().array().getJsonObject(0);
    assertThat(Instant.parse(device.getString("last_seen_at"))).isAfter(Instant.now().minusSeconds(60));
    assertThat(lastAudit(user.id(), "trusted_device_used").getString("device_id")).isEqualTo(browser.deviceId());
    assertThat(lastAudit(user.id(), "login_succeeded").getJsonArray("amr").getValuesAs(JsonString::getString))
        .containsExactly("pwd");
  }

  @Test
  void theCookieNeverReplacesThePassword() {
    TotpFixtures.TotpUser user = totp.enrolledUser("pwd");
    Trusted browser = trustedBrowser(user);

    Api.Reply reply = login(user.email(), "wrong-password-1", browser.cookie());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("invalid_credentials");
  }

  @Test
  void aSignInWithoutASecondFactorEarnsNoTrustToken() {
    TotpFixtures.TotpUser user = totp.enrolledUser("nofactor");
    totp.setSettings("{\"mfa_policy\":\"disabled\"}");

    Api.Reply reply = totp.login(user.email());

    assertThat(reply.json().containsKey("token")).isTrue();
    assertThat(reply.json().containsKey("trust_device_token")).isFalse();
  }

  @Test
  void withTrustedDevicesOffThereIsNoTokenAndNoSkip() {
    TotpFixtures.TotpUser trusting = totp.enrolledUser("off-a");
    TotpFixtures.TotpUser other = totp.enrolledUser("off-b");
    Trusted browser = trustedBrowser(trusting);
    totp.setSettings("{\"trusted_device_duration_days\":0}");

    JsonObject complete = verifiedLogin(other).json();
    Api.Reply withCookie = login(trusting.email(), browser.cookie());

    assertThat(complete.containsKey("token")).isTrue();
    assertThat(complete.containsKey("trust_device_token")).isFalse();
    assertThat(asksForTheSecondStep(withCookie)).as(withCookie.toString()).isTrue();
    assertThat(withCookie.setCookie("idp_device")).isEmpty();
    totp.setSettings("{\"trusted_device_duration_days\":30}");
    assertThat(login(trusting.email(), browser.cookie()).json().containsKey("token")).isTrue();
  }

  @Test
  void aReverificationIntervalIsNeverSatisfiedByADevice() {
    TotpFixtures.TotpUser user = totp.enrolledUser("interval");
    Trusted browser = trustedBrowser(user);
    totp.setSettings("{\"mfa_reauth_interval_minutes\":60}");

    Api.Reply reply = login(user.email(), browser.cookie());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertThat(reply.setCookie("idp_device")).isEmpty();
    totp.setSettings("{\"mfa_reauth_interval_minutes\":0}");
    assertThat(login(user.email(), browser.cookie()).json().containsKey("token")).isTrue();
  }

  @Test
  void aRevokedDeviceGetsTheSecondStepAndItsCookieCleared() {
    TotpFixtures.TotpUser user = totp.enrolledUser("revoked");
    Trusted browser = trustedBrowser(user);
    assertThat(api.delete("/api/v1/me/devices/" + browser.deviceId()).bearer(browser.token()).send().status())
        .isEqualTo(204);

    Api.Reply reply = login(user.email(), browser.cookie());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertCookieCleared(reply);
    JsonObject rejected = lastAudit(user.id(), "trusted_device_rejected");
    assertThat(rejected.getString("reason")).isEqualTo("revoked");
    assertThat(rejected.getString("device_id")).isEqualTo(browser.deviceId());
  }

  @Test
  void anExpiredDeviceIsRevokedAtItsNextUse() {
    TotpFixtures.TotpUser user = totp.enrolledUser("expired");
    Trusted browser = trustedBrowser(user);
    api.server().database().update(
        "UPDATE trusted_device SET expires_at = ? WHERE id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), UUID.fromString(browser.deviceId()));

    Api.Reply reply = login(user.email(), browser.cookie());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertCookieCleared(reply);
    assertThat(rows.revokedReason(browser.deviceId())).isEqualTo("expired");
    assertThat(lastAudit(user.id(), "trusted_device_revoked").getString("reason")).isEqualTo("expired");
  }

  @Test
  void anotherUsersCookieGetsTheSecondStepAndIsClearedButStaysTrustedForItsOwner() {
    TotpFixtures.TotpUser owner = totp.enrolledUser("cookie-owner");
    TotpFixtures.TotpUser other = totp.enrolledUser("cookie-other");
    Trusted browser = trustedBrowser(owner);

    Api.Reply reply = login(other.email(), browser.cookie());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertCookieCleared(reply);
    assertThat(lastAudit(other.id(), "trusted_device_rejected").getString("reason")).isEqualTo("other_user");
    assertThat(rows.revokedReason(browser.deviceId())).isNull();
    assertThat(login(owner.email(), browser.cookie()).json().containsKey("token")).isTrue();
  }

  @Test
  void aGarbageCookieGetsTheSecondStepAndIsCleared() {
    TotpFixtures.TotpUser user = totp.enrolledUser("garbage");

    Api.Reply reply = login(user.email(), "not-a-device-" + UUID.randomUUID());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertCookieCleared(reply);
    assertThat(lastAudit(user.id(), "trusted_device_rejected").getString("reason")).isEqualTo("unknown");
  }

  @Test
  void anotherUsersRealTrustTokenIsRefusedAndStaysUsableByItsOwner() {
    TotpFixtures.TotpUser owner = totp.enrolledUser("token-owner");
    TotpFixtures.TotpUser other = totp.enrolledUser("token-other");
    JsonObject ownerLogin = verifiedLogin(owner).json();
    JsonObject otherLogin = verifiedLogin(other).json();
    String ownerToken = ownerLogin.getString("trust_device_token");

    Api.Reply stolen = trust(otherLogin.getString("token"), ownerToken);

    assertThat(stolen.status()).isEqualTo(400);
    assertThat(stolen.code()).isEqualTo("invalid_trust_device_token");
    assertThat(stolen.setCookie("idp_device")).isEmpty();
    assertThat(api.get("/api/v1/me/devices").bearer(otherLogin.getString("token")).send().array()).isEmpty();
    assertThat(trust(ownerLogin.getString("token"), ownerToken).status()).isEqualTo(201);
  }

  @Test
  void aTrustTokenExpiresAfterTenMinutes() {
    TotpFixtures.TotpUser user = totp.enrolledUser("tenmin");
    JsonObject complete = verifiedLogin(user).json();
    String trustToken = complete.getString("trust_device_token");
    Object lifetime = api.server().database().queryValue(
        "SELECT COUNT(*) FROM device_trust_token WHERE token_hash = ? AND expires_at > ? AND expires_at <= ?",
        rows.hash(trustToken), OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(9),
        OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));
    assertThat(((Number) lifetime).intValue()).isEqualTo(1);
    api.server().database().update(
        "UPDATE device_trust_token SET expires_at = ? WHERE token_hash = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), rows.hash(trustToken));

    Api.Reply late = trust(complete.getString("token"), trustToken);

    assertThat(late.status()).isEqualTo(400);
    assertThat(late.code()).isEqualTo("invalid_trust_device_token");
  }

  @Test
  void aLockedSecondStepIsNotGotAroundWithADevice() {
    TotpFixtures.TotpUser user = totp.enrolledUser("locked");
    Trusted browser = trustedBrowser(user);
    totp.setSettings("{\"mfa_max_attempts\":1}");
    Api.Reply wrong = totp.answer(totp.mfaToken(user.email()), TotpFixtures.wrongCode(user.secret()));
    assertThat(wrong.status()).isEqualTo(429);

    Api.Reply reply = login(user.email(), browser.cookie());

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.code()).isEqualTo("too_many_attempts");
  }

  @Test
  void aPasswordChangeEndsTheSkip() {
    TotpFixtures.TotpUser user = totp.enrolledUser("pwchange");
    Trusted browser = trustedBrowser(user);
    Api.Reply changed = api.put("/api/v1/me/password",
            "{\"current_password\":\"" + TotpFixtures.PASSWORD + "\",\"new_password\":\"new-horse-22\"}")
        .bearer(browser.token()).send();
    assertThat(changed.status()).isEqualTo(204);

    Api.Reply reply = login(user.email(), "new-horse-22", browser.cookie());

    assertThat(asksForTheSecondStep(reply)).as(reply.toString()).isTrue();
    assertCookieCleared(reply);
    assertThat(rows.revokedReason(browser.deviceId())).isEqualTo("password_changed");
  }

  @Test
  void removingTheLastFactorRevokesEveryDevice() {
    TotpFixtures.TotpUser user = totp.enrolledUser("lastfactor");
    Trusted browser = trustedBrowser(user);

    Api.Reply removed = api.delete("/api/v1/mfa/totp").bearer(browser.token()).send();

    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(rows.revokedReason(browser.deviceId())).isEqualTo("last_factor_removed");
    assertThat(lastAudit(user.id(), "trusted_device_revoked").getString("reason")).isEqualTo("last_factor_removed");
  }

  @Test
  void removingAPendingEnrollmentRevokesNothing() {
    String email = totp.newUser("pending");
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    String userId = TotpFixtures.userId(session.token());
    String device = rows.insertDevice(userId, "desk", 1, 30);
    totp.enroll(session.token());

    assertThat(api.delete("/api/v1/mfa/totp").bearer(session.token()).send().status()).isEqualTo(204);

    assertThat(rows.revokedReason(device)).isNull();
  }
}
