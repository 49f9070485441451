package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §4 and §6: the second step of a sign-in with a TOTP code, and its protections. */
class MfaLoginIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void aSignInWithTotpCompletesInTwoSteps() {
    TotpFixtures.TotpUser user = totp.enrolledUser("twostep");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");

    Api.Reply first = totp.login(user.email());

    assertThat(first.status()).isEqualTo(200);
    JsonObject challenge = first.json();
    assertThat(challenge.getBoolean("mfa_required")).isTrue();
    assertThat(challenge.getString("mfa_token")).hasSize(43);
    assertThat(challenge.getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("totp");
    assertThat(challenge.getInt("expires_in")).isEqualTo(300);
    assertThat(challenge.containsKey("token")).isFalse();
    assertThat(first.setCookies()).isEmpty();

    Api.Reply done = totp.answer(challenge.getString("mfa_token"), user.nextCode());

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(done.json().getJsonArray("amr").getValuesAs(JsonString::getString))
        .containsExactly("pwd", "otp", "mfa");
    assertThat(done.setCookie("idp_sid")).isPresent();
    assertThat(done.setCookie("idp_token")).isPresent();
    String token = done.json().getString("token");
    assertThat(api.get("/api/v1/me").bearer(token).send().status()).isEqualTo(200);
    assertThat(TotpFixtures.claims(token).getJsonArray("amr").getValuesAs(JsonString::getString))
        .containsExactly("pwd", "otp", "mfa");
    Object verifiedAt =
        api.server().database().queryValue(
            "SELECT mfa_verified_at FROM sso_session WHERE id = ?",
            UUID.fromString(TotpFixtures.claims(token).getString("sid")));
    assertThat(verifiedAt).isNotNull();
    assertThat(totp.auditCount(user.id(), "mfa_required")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "mfa_verified")).isEqualTo(1);
  }

  @Test
  void theDisabledPolicyAsksForNoSecondFactor() {
    TotpFixtures.TotpUser user = totp.enrolledUser("disabled");

    Api.Reply reply = totp.login(user.email());

    assertThat(reply.json().getJsonArray("amr").getValuesAs(JsonString::getString)).containsExactly("pwd");
  }

  @Test
  void theOtpPolicyAsksForTotp() {
    TotpFixtures.TotpUser user = totp.enrolledUser("otp");
    totp.setSettings("{\"mfa_policy\":\"otp\"}");

    Api.Reply reply = totp.login(user.email());

    assertThat(reply.json().getJsonArray("methods").getValuesAs(JsonString::getString)).containsExactly("totp");
  }

  @Test
  void aPolicyNeedingAForbiddenMethodIsAConfigurationError() {
    TotpFixtures.TotpUser user = totp.enrolledUser("forbidden");
    totp.setSettings("{\"mfa_policy\":\"otp\",\"mfa_allowed_methods\":\"passkey\"}");

    Api.Reply reply = totp.login(user.email());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
    assertThat(totp.auditCount(user.id(), "mfa_method_not_allowed")).isEqualTo(1);
  }

  @Test
  void aUserWithoutAFactorMustEnrollUnderThePolicyAny() {
    String email = totp.newUser("nofactor");
    totp.setSettings("{\"mfa_policy\":\"any\"}");

    Api.Reply reply = totp.login(email);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(reply.json().containsKey("token")).isFalse();
  }

  @Test
  void theMfaTokenIsSingleUse() {
    TotpFixtures.TotpUser user = totp.enrolledUser("single");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String token = totp.mfaToken(user.email());
    assertThat(totp.answer(token, user.nextCode()).status()).isEqualTo(200);

    Api.Reply again = totp.answer(token, user.nextCode());

    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("invalid_mfa_token");
  }

  @Test
  void unknownAndExpiredTokensAreRefused() {
    TotpFixtures.TotpUser user = totp.enrolledUser("expired");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String token = totp.mfaToken(user.email());
    api.server().database().update(
        "UPDATE mfa_challenge SET expires_at = ? WHERE user_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), UUID.fromString(user.id()));

    Api.Reply expired = totp.answer(token, user.nextCode());
    Api.Reply unknown = totp.answer("not-a-token", user.nextCode());

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.code()).isEqualTo("invalid_mfa_token");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.code()).isEqualTo("invalid_mfa_token");
  }

  @Test
  void aWrongCodeTellsTheAttemptsLeftAndTheTokenStaysUsable() {
    TotpFixtures.TotpUser user = totp.enrolledUser("wrong");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String token = totp.mfaToken(user.email());

    Api.Reply wrong = totp.answer(token, TotpFixtures.wrongCode(user.secret()));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("invalid_mfa_code");
    assertThat(wrong.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(4);
    assertThat(totp.answer(token, user.nextCode()).status()).isEqualTo(200);
    assertThat(totp.auditCount(user.id(), "mfa_failed")).isEqualTo(1);
  }

  @Test
  void aCodeIsAcceptedOnlyOnceAndNeverAfterALaterOne() {
    TotpFixtures.TotpUser user = totp.enrolledUser("replay");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String used = user.nextCode();
    assertThat(totp.answer(totp.mfaToken(user.email()), used).status()).isEqualTo(200);
    String token = totp.mfaToken(user.email());

    Api.Reply replay = totp.answer(token, used);
    Api.Reply older = totp.answer(token, TotpFixtures.code(user.secret(), user.confirmedStep()));

    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.code()).isEqualTo("invalid_mfa_code");
    assertThat(older.status()).isEqualTo(401);
    assertThat(older.code()).isEqualTo("invalid_mfa_code");
  }

  @Test
  void theCodeThatConfirmedTheAppCannotSignIn() {
    TotpFixtures.TotpUser user = totp.enrolledUser("confirmcode");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");

    Api.Reply reply =
        totp.answer(totp.mfaToken(user.email()), TotpFixtures.code(user.secret(), user.confirmedStep()));

    assertThat(reply.code()).isEqualTo("invalid_mfa_code");
  }

  @Test
  void tooManyWrongCodesBurnTheTokenAndLockTheSecondStepUntilTheLockRunsOut() {
    TotpFixtures.TotpUser user = totp.enrolledUser("lockout");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":3}");
    String token = totp.mfaToken(user.email());
    String wrong = TotpFixtures.wrongCode(user.secret());

    assertThat(attemptsLeft(totp.answer(token, wrong))).isEqualTo(2);
    assertThat(attemptsLeft(totp.answer(token, wrong))).isEqualTo(1);
    Api.Reply locked = totp.answer(token, wrong);

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.code()).isEqualTo("too_many_attempts");
    assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L + 1);
    String right = user.nextCode();
    assertThat(totp.answer(token, right).code()).isEqualTo("invalid_mfa_token");
    Api.Reply newLogin = totp.login(user.email());
    assertThat(newLogin.status()).isEqualTo(429);
    assertThat(newLogin.code()).isEqualTo("too_many_attempts");
    assertThat(newLogin.header("Retry-After")).isPresent();
    assertThat(totp.auditCount(user.id(), "mfa_locked_out")).isEqualTo(1);

    ageLocks();

    assertThat(totp.answer(totp.mfaToken(user.email()), right).status()).isEqualTo(200);
  }

  @Test
  void whileLockedEvenTheRightCodeIsRefused() {
    TotpFixtures.TotpUser user = totp.enrolledUser("lockedright");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":2}");
    String earlier = totp.mfaToken(user.email());
    String current = totp.mfaToken(user.email());
    String wrong = TotpFixtures.wrongCode(user.secret());
    totp.answer(current, wrong);
    assertThat(totp.answer(current, wrong).status()).isEqualTo(429);
    String right = user.nextCode();
    assertThat(totp.answer(earlier, right).code()).isEqualTo("invalid_mfa_token");

    // a token issued in the same instant as the lock escaped the burning: the lock still holds
    api.server().database().update(
        "UPDATE mfa_challenge SET consumed_at = NULL WHERE user_id = ?", UUID.fromString(user.id()));
    Api.Reply refused = totp.answer(earlier, right);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo("too_many_attempts");
  }

  @Test
  void aNewSignInDoesNotResetTheCount() {
    TotpFixtures.TotpUser user = totp.enrolledUser("norestart");
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":3}");
    String wrong = TotpFixtures.wrongCode(user.secret());
    String first = totp.mfaToken(user.email());
    totp.answer(first, wrong);
    totp.answer(first, wrong);

    Api.Reply third = totp.answer(totp.mfaToken(user.email()), wrong);

    assertThat(third.status()).isEqualTo(429);
  }

  @Test
  void aTokenAnswersOnlyTheMethodsItOffered() {
    TotpFixtures.TotpUser user = totp.enrolledUser("method");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String token = totp.mfaToken(user.email());
    api.server().database().update(
        "UPDATE mfa_challenge SET methods = 'passkey' WHERE user_id = ?", UUID.fromString(user.id()));

    Api.Reply reply = totp.answer(token, user.nextCode());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void aDisabledAccountCannotFinishTheSecondStep() {
    TotpFixtures.TotpUser user = totp.enrolledUser("disabledacct");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    String token = totp.mfaToken(user.email());
    api.put("/api/v1/users/" + user.id(), "{\"is_active\": false}").bearer(totp.admin().token()).send();

    Api.Reply reply = totp.answer(token, user.nextCode());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("account_disabled");
  }

  @Test
  void completingTheSignInEndsTheBrowsersEarlierSession() {
    TotpFixtures.TotpUser user = totp.enrolledUser("replaces");
    Api.Session earlier = api.login(user.email(), TotpFixtures.PASSWORD);
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    Api.Reply first =
        api.post("/api/v1/auth/login", "{\"email\":\"" + user.email() + "\",\"password\":\"" + TotpFixtures.PASSWORD + "\"}")
            .cookie("idp_sid", earlier.sessionCookie())
            .send();
    assertThat(api.get("/api/v1/me").bearer(earlier.token()).send().status()).isEqualTo(200);

    totp.answer(first.json().getString("mfa_token"), user.nextCode());

    Api.Reply old = api.get("/api/v1/me").bearer(earlier.token()).send();
    assertThat(old.status()).isEqualTo(401);
    assertThat(old.code()).isEqualTo("token_revoked");
  }

  @Test
  void badSecondStepBodiesAreRejected() {
    Api.Reply noCode = api.post("/api/v1/auth/mfa/totp", "{\"mfa_token\":\"x\"}").send();
    Api.Reply noToken = api.post("/api/v1/auth/mfa/totp", "{\"code\":\"123456\"}").send();
    Api.Reply malformed = api.post("/api/v1/auth/mfa/totp", "{\"mfa_token\":").send();

    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.code()).isEqualTo("validation_failed");
    assertThat(noToken.code()).isEqualTo("validation_failed");
    assertThat(malformed.code()).isEqualTo("invalid_json");
  }

  private static int attemptsLeft(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("invalid_mfa_code");
    return reply.json().getJsonObject("details").getInt("attempts_left");
  }

  private void ageLocks() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int aged =
        api.server().database().update(
            "UPDATE lockout SET locked_until = ? WHERE locked_until IS NOT NULL AND locked_until > ?",
            now.minusSeconds(1), now);
    assertThat(aged).isGreaterThanOrEqualTo(1);
  }
}
