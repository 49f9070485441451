package dev.tollgate.settings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSnapshotTest {

  private static Map<SettingKey, String> defaults() {
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    for (SettingKey key : SettingKey.values()) {
      values.put(key, key.builtInDefault(SettingKeyTest.METHODS));
    }
    return values;
  }

  @Test
  void typedAccessorsReadTheCanonicalText() {
    Map<SettingKey, String> values = defaults();
    values.put(SettingKey.MFA_POLICY, "otp");
    values.put(SettingKey.MFA_ALLOWED_METHODS, "passkey");
    values.put(SettingKey.MFA_ENFORCE_ENROLLMENT, "true");
    values.put(SettingKey.MFA_REAUTH_INTERVAL_MINUTES, "60");
    values.put(SettingKey.TRUSTED_DEVICE_DURATION_DAYS, "30");
    values.put(SettingKey.SESSION_DURATION_DAYS, "3");
    values.put(SettingKey.TOKEN_DURATION_HOURS, "2");
    values.put(SettingKey.MFA_MAX_ATTEMPTS, "4");
    values.put(SettingKey.MFA_LOCKOUT_MINUTES, "20");
    values.put(SettingKey.LOGIN_MAX_ATTEMPTS, "9");
    values.put(SettingKey.PASSWORD_MIN_LENGTH, "12");

    SettingsSnapshot s = new SettingsSnapshot(values);

    assertThat(s.mfaPolicy()).isEqualTo("otp");
    assertThat(s.mfaAllowedMethods()).containsExactly("passkey");
    assertThat(s.mfaEnforceEnrollment()).isTrue();
    assertThat(s.mfaReauthIntervalMinutes()).isEqualTo(60);
    assertThat(s.trustedDeviceDurationDays()).isEqualTo(30);
    assertThat(s.sessionDurationDays()).isEqualTo(3);
    assertThat(s.tokenDurationHours()).isEqualTo(2);
    assertThat(s.mfaMaxAttempts()).isEqualTo(4);
    assertThat(s.mfaLockoutMinutes()).isEqualTo(20);
    assertThat(s.loginMaxAttempts()).isEqualTo(9);
    assertThat(s.passwordMinLength()).isEqualTo(12);
  }

  @Test
  void theSnapshotIsACopy() {
    Map<SettingKey, String> values = defaults();
    SettingsSnapshot s = new SettingsSnapshot(values);

    values.put(SettingKey.PASSWORD_MIN_LENGTH, "99");

    assertThat(s.passwordMinLength()).isEqualTo(8);
  }

  @Test
  void theJsonFormHasEveryKeyTyped() {
    JsonObject json = new SettingsSnapshot(defaults()).toJson();

    assertThat(json)
        .isEqualTo(
            Json.createObjectBuilder()
                .add("mfa_policy", "disabled")
                .add("mfa_allowed_methods", "totp,passkey")
                .add("mfa_enforce_enrollment", false)
                .add("mfa_reauth_interval_minutes", 0)
                .add("trusted_device_duration_days", 0)
                .add("session_duration_days", 7)
                .add("token_duration_hours", 24)
                .add("mfa_max_attempts", 5)
                .add("mfa_lockout_minutes", 15)
                .add("login_max_attempts", 10)
                .add("password_min_length", 8)
                .build());
    assertThat(new SettingsSnapshot(defaults()).mfaAllowedMethods()).containsExactly("totp", "passkey");
  }
}
