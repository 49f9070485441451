package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import dev.tollgate.testing.webauthn.Tamper;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in and stepping up with a recovery code: offered beside the user's factors, answered
 * like a TOTP code, used once, counted on the second step's one lock, a one-time password that
 * meets the levels up to otp (under passkey it leads to a new passkey's enrollment).
 */
class RecoveryCodeSignInIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final RecoveryFixtures recovery = new RecoveryFixtures(api, totp);
  private final PasskeyClient passkeys = new PasskeyClient(api);
  private final AuditTrail audit = new AuditTrail(api.server().database());

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void theSignInOffersCodesBesideTheFactorAndACodeInAnyFormCompletesItOnce() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-login");
    JsonObject challenge = totp.login(user.email()).json();
    assertThat(RecoveryFixtures.strings(challenge, "methods")).containsExactly("totp", "recovery_code");
    String typed = user.codes().get(3).replace("-", "").toLowerCase();

    Api.Reply done = recovery.answer(challenge.getString("mfa_token"), typed);

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(RecoveryFixtures.strings(done.json(), "amr")).containsExactly("pwd", "otp", "mfa");
    assertThat(done.json().getInt("recovery_codes_remaining")).isEqualTo(9);
    assertThat(done.setCookie("idp_sid")).isPresent();
    assertThat(recovery.overview(done.json().getString("token")).getJsonObject("recovery_codes")
        .getInt("remaining")).isEqualTo(9);
    assertThat(audit.count(user.id(), "recovery_code_used")).isEqualTo(1);

    Api.Reply again = recovery.answer(totp.mfaToken(user.email()), user.codes().get(3));
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("invalid_mfa_code");
    assertThat(again.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(4);
    assertThat(audit.reasons(user.id(), "recovery_code_failed")).containsExactly("used_code");
  }

  @Test
  void onlyACompleteReachedWithACodeTellsHowManyAreLeft() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-other-factor");
    SoftwareAuthenticator key = SoftwareAuthenticator.create();
    assertThat(passkeys.register(user.session().token(), key, "Key").status()).isEqualTo(201);

    Api.Reply done = passkeys.answer(totp.mfaToken(user.email()), key);

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().containsKey("recovery_codes_remaining")).isFalse();
  }

  @Test
  void wrongMalformedAndMissingCodesAreRefusedAndChangeNothing() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-wrong");
    String mfaToken = totp.mfaToken(user.email());

    Api.Reply wrong = recovery.answer(mfaToken, "AAAA-BBBB-CCCC");
    Api.Reply malformed = recovery.answer(mfaToken, "not a code");
    Api.Reply missing = api.post("/api/v1/auth/mfa/recovery-code", "{\"mfa_token\":\"" + mfaToken + "\"}").send();
    Api.Reply tooLong = recovery.answer(mfaToken, "A".repeat(65));
    Api.Reply unknownToken = recovery.answer("no-such-token", user.codes().getFirst());

    assertThat(wrong.code()).isEqualTo("invalid_mfa_code");
    assertThat(wrong.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(4);
    assertThat(malformed.code()).isEqualTo("invalid_mfa_code");
    assertThat(malformed.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(3);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("validation_failed");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(unknownToken.status()).isEqualTo(401);
    assertThat(unknownToken.code()).isEqualTo("invalid_mfa_token");
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(10);
    assertThat(audit.reasons(user.id(), "recovery_code_failed")).containsExactly("wrong_code", "malformed_code");
    assertThat(recovery.answer(mfaToken, user.codes().getFirst()).status()).isEqualTo(200);
  }

  @Test
  void aStepThatDoesNotOfferCodesRefusesOne() {
    TotpFixtures.TotpUser user = totp.enrolledUser("rc-not-offered");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");

    Api.Reply reply = recovery.answer(totp.mfaToken(user.email()), "AAAA-BBBB-CCCC");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("mfa_method_not_allowed");
  }

  @Test
  void wrongCodesTotpCodesAndPasskeysCountOnOneLock() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-lock");
    SoftwareAuthenticator key = SoftwareAuthenticator.create();
    assertThat(passkeys.register(user.session().token(), key, "Key").status()).isEqualTo(201);
    totp.setSettings("{\"mfa_policy\":\"optional\",\"mfa_max_attempts\":3}");
    String mfaToken = totp.mfaToken(user.email());

    Api.Reply badPasskey = passkeys.answer(mfaToken, key, Tamper.none(passkeys.origin()).badSignature());
    Api.Reply badTotp = totp.answer(mfaToken, TotpFixtures.wrongCode(user.user().secret()));
    Api.Reply badCode = recovery.answer(totp.mfaToken(user.email()), "AAAA-BBBB-CCCC");

    assertThat(badPasskey.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(2);
    assertThat(badTotp.json().getJsonObject("details").getInt("attempts_left")).isEqualTo(1);
    assertThat(badCode.status()).isEqualTo(429);
    assertThat(totp.login(user.email()).status()).isEqualTo(429);
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(10);
    assertThat(audit.count(user.id(), "mfa_locked_out")).isEqualTo(1);
  }

  @Test
  void underThePasskeyLevelACodeLeadsToANewPasskeyAndTheSignInCompletesWithItsAmr() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-passkey");
    assertThat(passkeys.register(user.session().token(), SoftwareAuthenticator.create(), "Lost").status())
        .isEqualTo(201);
    totp.setSettings("{\"mfa_policy\":\"passkey\"}");
    JsonObject challenge = totp.login(user.email()).json();
    assertThat(RecoveryFixtures.strings(challenge, "methods")).containsExactly("passkey", "recovery_code");

    Api.Reply passed = recovery.answer(challenge.getString("mfa_token"), user.codes().getFirst());

    assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
    assertThat(passed.json().getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(RecoveryFixtures.strings(passed.json(), "allowed_methods")).containsExactly("passkey");
    assertThat(passed.json().containsKey("token")).isFalse();
    assertThat(passed.json().containsKey("recovery_codes_remaining")).isFalse();
    assertThat(passed.setCookie("idp_sid")).isEmpty();
    assertThat(recovery.unusedCodes(user.id())).isEqualTo(9);
    String enrollmentToken = passed.json().getString("enrollment_token");
    Api.Reply notTotp = api.post("/api/v1/mfa/totp/enroll", null).bearer(enrollmentToken).send();
    assertThat(notTotp.status()).isEqualTo(403);
    assertThat(notTotp.code()).isEqualTo("mfa_method_not_allowed");

    Api.Reply complete = passkeys.register(enrollmentToken, SoftwareAuthenticator.create(), "New key");

    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    List<String> amr = RecoveryFixtures.strings(complete.json(), "amr");
    assertThat(amr).contains("pwd", "mfa").containsAnyOf("hwk", "swk").doesNotContain("otp");
    assertThat(passkeys.list(complete.json().getString("token")).array()).hasSize(2);
  }

  @Test
  void aStepUpWithACodeLetsAUserWhoLostTheAppRemoveItAndTheCodesGoWithTheLastFactor() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-stepup");
    totp.setSettings("{\"mfa_policy\":\"disabled\"}");
    String passwordOnly = api.login(user.email(), TotpFixtures.PASSWORD).token();
    assertThat(api.delete("/api/v1/mfa/totp").bearer(passwordOnly).send().code()).isEqualTo("mfa_reauth_required");

    JsonObject stepUp = api.post("/api/v1/auth/step-up", null).bearer(passwordOnly).send().json();
    assertThat(RecoveryFixtures.strings(stepUp, "methods")).containsExactly("totp", "recovery_code");
    Api.Reply verified = recovery.answer(stepUp.getString("mfa_token"), user.codes().get(5));

    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getInt("recovery_codes_remaining")).isEqualTo(9);
    assertThat(verified.setCookie("idp_sid")).isEmpty();
    String fresh = verified.json().getString("token");
    assertThat(TotpFixtures.claims(fresh).getString("sid")).isEqualTo(TotpFixtures.claims(passwordOnly).getString("sid"));
    Api.Reply removed = api.delete("/api/v1/mfa/totp").bearer(fresh).send();
    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(recovery.overview(fresh).get("recovery_codes")).isEqualTo(JsonValue.NULL);
    assertThat(recovery.storedCodes(user.id())).isZero();
    assertThat(audit.reasons(user.id(), "recovery_codes_deleted")).containsExactly("last_factor_removed");
    assertThat(api.post("/api/v1/auth/step-up", null).bearer(fresh).send().code()).isEqualTo("mfa_not_enrolled");
  }

  @Test
  void aDeviceTrustedAfterACodeStandsInForOtpButNeverForPasskey() {
    RecoveryFixtures.CodeUser user = recovery.userWithCodes("rc-device");
    assertThat(passkeys.register(user.session().token(), SoftwareAuthenticator.create(), "Key").status())
        .isEqualTo(201);
    totp.setSettings("{\"mfa_policy\":\"otp\"}");
    JsonObject done = recovery.answer(totp.mfaToken(user.email()), user.codes().getFirst()).json();
    Api.Reply trusted =
        api.post("/api/v1/me/devices", TotpFixtures.body("trust_device_token", done.getString("trust_device_token")))
            .bearer(done.getString("token"))
            .send();
    assertThat(trusted.status()).as(trusted.toString()).isEqualTo(201);
    assertThat(api.server().database().queryValue(
            "SELECT verified_method FROM trusted_device WHERE user_id = ?", UUID.fromString(user.id())))
        .isEqualTo("recovery_code");
    String device = trusted.cookie("idp_device").orElseThrow();

    JsonObject otp = loginWithDevice(user.email(), device);
    totp.setSettings("{\"mfa_policy\":\"passkey\"}");
    JsonObject passkey = loginWithDevice(user.email(), device);

    assertThat(RecoveryFixtures.strings(otp, "amr")).containsExactly("pwd");
    assertThat(passkey.getBoolean("mfa_required")).isTrue();
    assertThat(RecoveryFixtures.strings(passkey, "methods")).containsExactly("passkey", "recovery_code");
  }

  private JsonObject loginWithDevice(String email, String device) {
    return api.post(
            "/api/v1/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + TotpFixtures.PASSWORD + "\"}")
        .cookie("idp_device", device)
        .send()
        .json();
  }
}
