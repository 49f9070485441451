package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Policy {@code passkey} for a user without one: the sign-in answers Enrollment required, and
 * registering a passkey with the enrollment token finishes it (SPEC §4, §5).
 */
class PasskeyEnrollmentSignInIT {
  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"mfa_policy\":\"disabled\",\"mfa_allowed_methods\":\"totp,passkey\"}")
        .bearer(Accounts.admin(api).token()).send();
  }

  @Test
  void registeringAPasskeyWithTheEnrollmentTokenCompletesTheSignIn() {
    String email = Accounts.newUser(api, "enroll-passkey");
    api.put("/api/v1/settings", "{\"mfa_policy\":\"passkey\"}").bearer(Accounts.admin(api).token()).send();

    Api.Reply required = login(email);
    assertThat(required.status()).isEqualTo(200);
    assertThat(required.json().getBoolean("mfa_enrollment_required")).isTrue();
    assertThat(required.json().getJsonArray("allowed_methods").getString(0)).isEqualTo("passkey");
    String enrollmentToken = required.json().getString("enrollment_token");

    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    Api.Reply complete = passkeys.register(enrollmentToken, authenticator, "Laptop");

    assertThat(complete.status()).isEqualTo(200);
    JsonObject body = complete.json();
    assertThat(body.getString("token")).isNotBlank();
    assertThat(body.getJsonArray("amr").getValuesAs(jakarta.json.JsonString::getString))
        .contains("pwd", "mfa").containsAnyOf("hwk", "swk");
    assertThat(complete.cookie("idp_sid")).isPresent();
    assertThat(api.get("/api/v1/mfa/passkeys").bearer(body.getString("token")).send().array()).hasSize(1);

    Api.Reply reused =
        api.post("/api/v1/mfa/passkey/register/begin", "{}").bearer(enrollmentToken).send();
    assertThat(reused.status()).isEqualTo(401);
  }

  @Test
  void theEnrollmentTokenDoesNotOpenPasskeyRegistrationWhenOnlyTotpMayBeEnrolled() {
    String email = Accounts.newUser(api, "enroll-totp-only");
    api.put("/api/v1/settings", "{\"mfa_policy\":\"otp\"}").bearer(Accounts.admin(api).token()).send();
    String enrollmentToken = login(email).json().getString("enrollment_token");

    Api.Reply refused =
        api.post("/api/v1/mfa/passkey/register/begin", "{}").bearer(enrollmentToken).send();

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("mfa_method_not_allowed");
  }

  private Api.Reply login(String email) {
    return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}")
        .send();
  }
}
