package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

/**
 * What removing passkeys does beyond the passkey itself: the last factor gone revokes the
 * user's trusted devices (SPEC §8), and an administrator's MFA reset removes every passkey.
 */
class PasskeyRemovalEffectsIT {
  private final Api api = Api.forServer();
  private final PasskeyClient passkeys = new PasskeyClient(api);
  private final TrustedDeviceRows rows = new TrustedDeviceRows(api);

  @Test
  void removingTheLastPasskeyRevokesTrustedDevices() {
    String token = Accounts.newUserToken(api, "last-passkey");
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");
    SoftwareAuthenticator first = SoftwareAuthenticator.create();
    String firstId = passkeys.register(token, first, "First").json().getString("id");
    passkeys.stepUp(token, first);
    String secondId =
        passkeys.register(token, SoftwareAuthenticator.create(), "Second").json().getString("id");
    String device = rows.insertDevice(userId, "Laptop", 0, 30);

    assertThat(api.delete("/api/v1/mfa/passkeys/" + firstId).bearer(token).send().status()).isEqualTo(204);
    assertThat(rows.revokedReason(device)).isNull();

    assertThat(api.delete("/api/v1/mfa/passkeys/" + secondId).bearer(token).send().status()).isEqualTo(204);
    assertThat(rows.revokedReason(device)).isEqualTo("last_factor_removed");
  }

  @Test
  void anAdministratorsMfaResetRemovesEveryPasskey() {
    String token = Accounts.newUserToken(api, "reset-passkeys");
    String userId = api.get("/api/v1/me").bearer(token).send().json().getString("id");
    SoftwareAuthenticator authenticator = SoftwareAuthenticator.create();
    passkeys.register(token, authenticator, "One");
    passkeys.stepUp(token, authenticator);
    passkeys.register(token, SoftwareAuthenticator.create(), "Two");

    Api.Reply reset =
        api.post("/api/v1/users/" + userId + "/mfa/reset", null).bearer(Accounts.admin(api).token()).send();

    assertThat(reset.status()).isEqualTo(204);
    Object left =
        api.server().database().queryValue("SELECT COUNT(*) FROM passkey WHERE user_id = ?", java.util.UUID.fromString(userId));
    assertThat(((Number) left).intValue()).isZero();
  }
}
