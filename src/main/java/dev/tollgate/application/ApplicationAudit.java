package dev.tollgate.application;

import dev.tollgate.mfa.policy.ScriptedPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The details of application audit events. A script is recorded by a SHA-256 fingerprint, not
 * its text: events stay small, and two events show whether the script changed between them.
 */
final class ApplicationAudit {
  private ApplicationAudit() {}

  static Map<String, Object> identity(Application application) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application_id", application.id().toString());
    details.put("client_id", application.clientId());
    details.put("name", application.name());
    return details;
  }

  static Map<String, Object> created(Application application) {
    Map<String, Object> details = identity(application);
    details.put("type", application.type().wire());
    details.putAll(policy(application.policy()));
    return details;
  }

  static Map<String, Object> policyChanges(ScriptedPolicy before, ScriptedPolicy after) {
    Map<String, Object> was = policy(before);
    Map<String, Object> changes = new LinkedHashMap<>();
    policy(after).forEach((key, value) -> {
      if (!String.valueOf(value).equals(String.valueOf(was.get(key)))) {
        changes.put(key, Map.of("from", String.valueOf(was.get(key)), "to", String.valueOf(value)));
      }
    });
    return changes;
  }

  private static Map<String, Object> policy(ScriptedPolicy policy) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("mfa_policy", policy.setting().wire());
    details.put("mfa_selector_script", fingerprint(policy.script()));
    details.put("mfa_script_fail_open", policy.failOpen());
    details.put("mfa_script_timeout_ms", policy.timeoutMs());
    return details;
  }

  private static String fingerprint(Optional<String> script) {
    return script.map(text -> {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }).orElse("none");
  }
}
