package dev.tollgate.web;

import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.settings.SettingKey;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administration → Settings → MFA. The form is handed to {@link Settings#update} as the JSON
 * the API takes, so the values are checked by the same rules (one bad value changes nothing)
 * and take effect without a restart. Only administrators reach the page (PageFilter); the save
 * checks the role again.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Viewer viewer;
  @Inject Settings settings;
  @Inject PageResponses responses;
  @Inject FactorPages factorPages;

  private String policy;
  /** Each method an administrator may allow ({@link FactorPages#getAllowable}), checked or not. */
  private final Map<String, Boolean> allowed = new LinkedHashMap<>();
  private boolean enforceEnrollment;
  private String reauthMinutes;
  private String trustedDeviceDays;

  @PostConstruct
  void load() {
    SettingsSnapshot now = settings.current();
    policy = now.mfaPolicy();
    allowed.clear();
    factorPages.getAllowable().forEach(
        factor -> allowed.put(factor.getMethod(), now.mfaAllowedMethods().contains(factor.getMethod())));
    enforceEnrollment = now.mfaEnforceEnrollment();
    reauthMinutes = Integer.toString(now.mfaReauthIntervalMinutes());
    trustedDeviceDays = Integer.toString(now.trustedDeviceDurationDays());
  }

  public void save() {
    Viewer.SignedIn me = viewer.require();
    if (!me.user().isAdmin()) {
      responses.error("Only administrators can change settings.");
      return;
    }
    try {
      settings.update(changes(), me.userId());
      load();
      responses.info("Settings saved. They apply to the next sign-in.");
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
    }
  }

  private JsonObject changes() {
    JsonArrayBuilder methods = Json.createArrayBuilder();
    allowed.forEach((method, checked) -> {
      if (Boolean.TRUE.equals(checked)) {
        methods.add(method);
      }
    });
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add(SettingKey.MFA_POLICY.key(), policy == null ? "" : policy);
    json.add(SettingKey.MFA_ALLOWED_METHODS.key(), methods);
    json.add(SettingKey.MFA_ENFORCE_ENROLLMENT.key(), enforceEnrollment);
    number(json, SettingKey.MFA_REAUTH_INTERVAL_MINUTES, reauthMinutes);
    number(json, SettingKey.TRUSTED_DEVICE_DURATION_DAYS, trustedDeviceDays);
    return json.build();
  }

  /** A whole number as a JSON number; anything else as text, which the settings refuse in words. */
  private static void number(JsonObjectBuilder json, SettingKey key, String text) {
    String value = text == null ? "" : text.trim();
    try {
      json.add(key.key(), new BigInteger(value));
    } catch (NumberFormatException e) {
      json.add(key.key(), value);
    }
  }

  public List<String> getPolicies() {
    return PolicyLevel.wires();
  }

  public String policyLabel(String level) {
    return level + ": " + factorPages.policy(level);
  }

  public String getPolicy() {
    return policy;
  }

  public void setPolicy(String policy) {
    this.policy = policy;
  }

  /** Checked per method; the form binds one checkbox per entry. */
  public Map<String, Boolean> getAllowed() {
    return allowed;
  }

  public boolean isEnforceEnrollment() {
    return enforceEnrollment;
  }

  public void setEnforceEnrollment(boolean enforceEnrollment) {
    this.enforceEnrollment = enforceEnrollment;
  }

  public String getReauthMinutes() {
    return reauthMinutes;
  }

  public void setReauthMinutes(String reauthMinutes) {
    this.reauthMinutes = reauthMinutes;
  }

  public String getTrustedDeviceDays() {
    return trustedDeviceDays;
  }

  public void setTrustedDeviceDays(String trustedDeviceDays) {
    this.trustedDeviceDays = trustedDeviceDays;
  }
}
