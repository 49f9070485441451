package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A policy that needs a method the user lacks, for a user who already holds another factor:
 * the password alone must not open the enrollment of a new factor. The held factor is asked
 * first (a trusted device does not stand in), and only the passed step hands out the
 * enrollment token; wrong answers count towards the second-step lock like any other.
 */
class EnrollmentAfterSecondFactorIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  private static List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString::getString);
  }

  @Test
  void aTotpHolderProvesTheAppBeforeEnrollingThePasskeyThePolicyRequires() {
    TotpFixtures.TotpUser user = totp.enrolledUser("held-totp");
    totp.setSettings("{\"mfa_policy\":\"passkey\"}");

    Api.Reply first = totp.login(user.email());

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().containsKey("enrollment_token")).isFalse();
    assertThat(first.json().getBoolean("mfa_required")).isTrue();
    assertThat(strings(first.json(), "methods")).containsExactly("totp");
    String mfaToken = first.json().getString("mfa_token");
    assertThat(passkeys.begin(mfaToken, null).status())
        .as("an mfa_token is not an enrollment token").isEqualTo(401);

    Api.Reply passed = totp.answer(mfaToken, user.nextCode());

    assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
    assertThat(passed.json().getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(strings(passed.json(), "allowed_methods")).containsExactly("passkey");
    assertThat(passed.json().containsKey("token")).isFalse();
    assertThat(passed.setCookie("idp_sid")).isEmpty();
    assertThat(totp.answer(mfaToken, user.nextCode()).code()).isEqualTo("invalid_mfa_token");

    Api.Reply complete =
        passkeys.register(
            passed.json().getString("enrollment_token"), SoftwareAuthenticator.create(), "Key");

    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    assertThat(strings(complete.json(), "amr")).contains("pwd", "mfa");
    assertThat(complete.setCookie("idp_sid")).isPresent();
  }

  @Test
  void aPasskeyHolderProvesThePasskeyBeforeEnrollingTheAppThePolicyRequires() {
    String email = totp.newUser("held-passkey");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    assertThat(passkeys.register(session.token(), authenticator, "Key").status()).isEqualTo(201);
    totp.setSettings("{\"mfa_policy\":\"otp\"}");

    Api.Reply first = totp.login(email);

    assertThat(strings(first.json(), "methods")).containsExactly("passkey");
    Api.Reply passed = passkeys.answer(first.json().getString("mfa_token"), authenticator);
    assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
    assertThat(strings(passed.json(), "allowed_methods")).containsExactly("totp");
    String secret = totp.enroll(passed.json().getString("enrollment_token")).getString("secret");
    Api.Reply complete =
        totp.confirm(
            passed.json().getString("enrollment_token"),
            TotpFixtures.code(secret, TotpFixtures.currentStep()));
    assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
    assertThat(complete.json().containsKey("token")).isTrue();
  }

  @Test
  void wrongAnswersLockTheStepAndNoEnrollmentTokenIsHandedOut() {
    TotpFixtures.TotpUser user = totp.enrolledUser("held-locked");
    totp.setSettings("{\"mfa_policy\":\"passkey\",\"mfa_max_attempts\":2}");
    String mfaToken = totp.login(user.email()).json().getString("mfa_token");

    assertThat(totp.answer(mfaToken, TotpFixtures.wrongCode(user.secret())).code())
        .isEqualTo("invalid_mfa_code");
    Api.Reply locked = totp.answer(mfaToken, TotpFixtures.wrongCode(user.secret()));
    assertThat(locked.status()).isEqualTo(429);

    Api.Reply again = totp.login(user.email());
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.code()).isEqualTo("too_many_attempts");
    assertThat(totp.auditCount(user.id(), "mfa_enrollment_required")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aTrustedDeviceDoesNotStandInForTheProofBeforeEnrollment() {
    TotpFixtures.TotpUser user = totp.enrolledUser("held-trusted");
    totp.setSettings(
        "{\"mfa_policy\":\"otp\",\"trusted_device_duration_days\":"
            + TollgateServer.CONFIGURED_TRUSTED_DEVICE_DAYS + "}");
    JsonObject complete = totp.answer(totp.mfaToken(user.email()), user.nextCode()).json();
    Api.Reply trusted =
        api.post(
                "/api/v1/me/devices",
                TotpFixtures.body("trust_device_token", complete.getString("trust_device_token")))
            .bearer(complete.getString("token"))
            .send();
    assertThat(trusted.status()).as(trusted.toString()).isEqualTo(201);
    totp.setSettings("{\"mfa_policy\":\"passkey\"}");

    Api.Reply login =
        api.post(
                "/api/v1/auth/login",
                Json.createObjectBuilder()
                    .add("email", user.email())
                    .add("password", TotpFixtures.PASSWORD)
                    .build()
                    .toString())
            .cookie("idp_device", trusted.cookie("idp_device").orElseThrow())
            .send();

    assertThat(login.json().getBoolean("mfa_required", false)).as(login.toString()).isTrue();
    assertThat(login.json().containsKey("enrollment_token")).isFalse();
  }
}
