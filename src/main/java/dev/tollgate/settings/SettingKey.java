package dev.tollgate.settings;

import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every runtime setting (README, "Configuration") with its type and built-in default. The policy levels are
 * {@link PolicyLevel}'s; the methods {@code mfa_allowed_methods} draws from (and allows by
 * default: all of them) are the installed factors' ({@link MethodVocabulary}).
 */
public enum SettingKey {
  MFA_POLICY(new SettingType.OneOf(PolicyLevel.wires()), PolicyLevel.DISABLED.wire()),
  MFA_ALLOWED_METHODS(SettingType.SubsetOf::new, methods -> String.join(",", methods)),
  MFA_ENFORCE_ENROLLMENT(new SettingType.Bool(), "false"),
  MFA_REAUTH_INTERVAL_MINUTES(new SettingType.IntRange(0, 525_600), "0"),
  TRUSTED_DEVICE_DURATION_DAYS(new SettingType.IntRange(0, 365), "0"),
  SESSION_DURATION_DAYS(new SettingType.IntRange(1, 365), "7"),
  TOKEN_DURATION_HOURS(new SettingType.IntRange(1, 720), "24"),
  MFA_MAX_ATTEMPTS(new SettingType.IntRange(1, 100), "5"),
  MFA_LOCKOUT_MINUTES(new SettingType.IntRange(1, 1440), "15"),
  LOGIN_MAX_ATTEMPTS(new SettingType.IntRange(1, 1000), "10"),
  PASSWORD_MIN_LENGTH(new SettingType.IntRange(8, 128), "8");

  /** Both are given the method vocabulary; only {@code mfa_allowed_methods} depends on it. */
  private final Function<List<String>, SettingType> type;
  private final Function<List<String>, String> builtInDefault;

  SettingKey(SettingType type, String builtInDefault) {
    this(methods -> type, methods -> builtInDefault);
  }

  SettingKey(
      Function<List<String>, SettingType> type, Function<List<String>, String> builtInDefault) {
    this.type = type;
    this.builtInDefault = builtInDefault;
  }

  /** The wire and MicroProfile Config name: {@code mfa_policy} (env {@code MFA_POLICY}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How the setting is written and checked, with {@code methods} the method vocabulary. */
  SettingType type(List<String> methods) {
    return type.apply(methods);
  }

  String builtInDefault(List<String> methods) {
    return builtInDefault.apply(methods);
  }

  /** The JSON form of a canonical value; it does not depend on the method vocabulary. */
  JsonValue toJson(String canonical) {
    return type.apply(List.of()).toJson(canonical);
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
