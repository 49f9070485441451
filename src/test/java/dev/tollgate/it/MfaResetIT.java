package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/users/{id}/mfa/reset: an administrator removes every factor and trusted device
 * of a user and ends the user's sessions (SPEC §8, §10).
 */
class MfaResetIT {
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
  }

  private Api.Reply reset(String userId, String bearer) {
    return api.post("/api/v1/users/" + userId + "/mfa/reset", null).bearer(bearer).send();
  }

  @Test
  void aResetRemovesTheFactorsDevicesAndSessionsOfTheUser() {
    TotpFixtures.TotpUser user = totp.enrolledUser("reset");
    JsonObject complete = totp.answer(totp.mfaToken(user.email()), user.nextCode()).json();
    String jwt = complete.getString("token");
    String device = rows.insertDevice(user.id(), "desk", 1, 30);
    String pendingMfaToken = totp.mfaToken(user.email());

    Api.Reply reply = reset(user.id(), totp.admin().token());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(api.get("/api/v1/me").bearer(jwt).send().code()).isEqualTo("token_revoked");
    assertThat(rows.revokedReason(device)).isEqualTo("mfa_reset");
    Object totpRows = api.server().database().queryValue(
        "SELECT COUNT(*) FROM totp_credential WHERE user_id = ?", UUID.fromString(user.id()));
    assertThat(((Number) totpRows).intValue()).isZero();
    assertThat(totp.answer(pendingMfaToken, TotpFixtures.code(user.secret(), user.confirmedStep() + 2)).code())
        .isEqualTo("invalid_mfa_token");
    Api.Reply after = totp.login(user.email());
    assertThat(after.json().getJsonArray("amr").getValuesAs(JsonString::getString)).containsExactly("pwd");
    assertThat(totp.auditCount(user.id(), "mfa_reset")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "mfa_removed")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "trusted_device_revoked")).isEqualTo(1);
  }

  @Test
  void aUserWithoutFactorsCanBeResetToo() {
    String email = totp.newUser("nothing");
    String id = TotpFixtures.userId(api.login(email, TotpFixtures.PASSWORD).token());

    assertThat(reset(id, totp.admin().token()).status()).isEqualTo(204);
  }

  @Test
  void onlyAdministratorsMayReset() {
    TotpFixtures.TotpUser user = totp.enrolledUser("notadmin");
    String email = totp.newUser("caller");
    Api.Session caller = api.login(email, TotpFixtures.PASSWORD);

    Api.Reply reply = reset(user.id(), caller.token());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(api.post("/api/v1/users/" + user.id() + "/mfa/reset", null).send().status()).isEqualTo(401);
    assertThat(totp.auditCount(user.id(), "mfa_reset")).isZero();
  }

  @Test
  void anUnknownUserIsNotFound() {
    assertThat(reset(UUID.randomUUID().toString(), totp.admin().token()).code()).isEqualTo("not_found");
    assertThat(reset("not-a-uuid", totp.admin().token()).status()).isEqualTo(404);
  }
}
