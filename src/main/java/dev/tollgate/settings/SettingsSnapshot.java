package dev.tollgate.settings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The effective value of every setting at one moment (canonical text per key). */
public final class SettingsSnapshot {
  private final Map<SettingKey, String> values;

  SettingsSnapshot(Map<SettingKey, String> values) {
    this.values = new EnumMap<>(values);
  }

  public String text(SettingKey key) {
    return values.get(key);
  }

  public int integer(SettingKey key) {
    return Integer.parseInt(values.get(key));
  }

  public boolean bool(SettingKey key) {
    return Boolean.parseBoolean(values.get(key));
  }

  public Set<String> set(SettingKey key) {
    return new LinkedHashSet<>(Arrays.asList(values.get(key).split(",")));
  }

  public String mfaPolicy() {
    return text(SettingKey.MFA_POLICY);
  }

  public Set<String> mfaAllowedMethods() {
    return set(SettingKey.MFA_ALLOWED_METHODS);
  }

  public int loginMaxAttempts() {
    return integer(SettingKey.LOGIN_MAX_ATTEMPTS);
  }

  public int mfaMaxAttempts() {
    return integer(SettingKey.MFA_MAX_ATTEMPTS);
  }

  public int mfaLockoutMinutes() {
    return integer(SettingKey.MFA_LOCKOUT_MINUTES);
  }

  public int sessionDurationDays() {
    return integer(SettingKey.SESSION_DURATION_DAYS);
  }

  public int tokenDurationHours() {
    return integer(SettingKey.TOKEN_DURATION_HOURS);
  }

  public int passwordMinLength() {
    return integer(SettingKey.PASSWORD_MIN_LENGTH);
  }

  public int trustedDeviceDurationDays() {
    return integer(SettingKey.TRUSTED_DEVICE_DURATION_DAYS);
  }

  public int mfaReauthIntervalMinutes() {
    return integer(SettingKey.MFA_REAUTH_INTERVAL_MINUTES);
  }

  public boolean mfaEnforceEnrollment() {
    return bool(SettingKey.MFA_ENFORCE_ENROLLMENT);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (SettingKey key : SettingKey.values()) {
      json.add(key.key(), key.toJson(values.get(key)));
    }
    return json.build();
  }
}
