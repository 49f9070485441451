package dev.tollgate.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every runtime setting of SPEC §2 with its type and built-in default. */
public enum SettingKey {
  MFA_POLICY(new SettingType.OneOf(List.of("disabled", "optional", "any", "otp", "passkey")), "disabled"),
  MFA_ALLOWED_METHODS(new SettingType.SubsetOf(List.of("totp", "passkey")), "totp,passkey"),
  MFA_ENFORCE_ENROLLMENT(new SettingType.Bool(), "false"),
  MFA_REAUTH_INTERVAL_MINUTES(new SettingType.IntRange(0, 525_600), "0"),
  TRUSTED_DEVICE_DURATION_DAYS(new SettingType.IntRange(0, 365), "0"),
  SESSION_DURATION_DAYS(new SettingType.IntRange(1, 365), "7"),
  TOKEN_DURATION_HOURS(new SettingType.IntRange(1, 720), "24"),
  MFA_MAX_ATTEMPTS(new SettingType.IntRange(1, 100), "5"),
  MFA_LOCKOUT_MINUTES(new SettingType.IntRange(1, 1440), "15"),
  LOGIN_MAX_ATTEMPTS(new SettingType.IntRange(1, 1000), "10"),
  PASSWORD_MIN_LENGTH(new SettingType.IntRange(8, 128), "8");

  private final SettingType type;
  private final String builtInDefault;

  SettingKey(SettingType type, String builtInDefault) {
    this.type = type;
    this.builtInDefault = builtInDefault;
  }

  /** The wire and MicroProfile Config name: {@code mfa_policy} (env {@code MFA_POLICY}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  SettingType type() {
    return type;
  }

  String builtInDefault() {
    return builtInDefault;
  }

  public static Optional<SettingKey> fromKey(String key) {
    for (SettingKey k : values()) {
      if (k.key().equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
