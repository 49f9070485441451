package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins that were never finished leave expired mfa_tokens and enrollment tokens behind; the
 * user's next sign-in deletes them, so the tables do not grow with abandoned attempts.
 */
class AbandonedSignInsIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.setSettings("{\"mfa_policy\":\"disabled\"}");
  }

  private long rows(String table, String userId) {
    return ((Number) api.server().database().queryValue(
            "SELECT COUNT(*) FROM " + table + " WHERE user_id = ?", UUID.fromString(userId)))
        .longValue();
  }

  private void expireAll(String table, String userId) {
    api.server().database().update(
        "UPDATE " + table + " SET expires_at = ? WHERE user_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), UUID.fromString(userId));
  }

  @Test
  void expiredMfaTokensOfTheUserGoWithTheirNextSignIn() {
    TotpFixtures.TotpUser user = totp.enrolledUser("abandoned-mfa");
    totp.setSettings("{\"mfa_policy\":\"optional\"}");
    totp.mfaToken(user.email());
    totp.mfaToken(user.email());
    expireAll("mfa_challenge", user.id());

    totp.mfaToken(user.email());

    assertThat(rows("mfa_challenge", user.id())).isEqualTo(1);
  }

  @Test
  void expiredEnrollmentTokensOfTheUserGoWithTheirNextSignIn() {
    String email = totp.newUser("abandoned-enrollment");
    totp.setSettings("{\"mfa_policy\":\"any\"}");
    String token = totp.login(email).json().getString("enrollment_token");
    String userId = (String) api.get("/api/v1/users?search=" + email).bearer(totp.admin().token())
        .send().json().getJsonArray("data").getJsonObject(0).getString("id");
    expireAll("enrollment_token", userId);

    Api.Reply again = totp.login(email);

    assertThat(again.json().getString("enrollment_token")).isNotEqualTo(token);
    assertThat(rows("enrollment_token", userId)).isEqualTo(1);
  }
}
