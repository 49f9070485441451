package dev.tollgate.auth.mfa;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why an mfa_token was issued, which decides how a passed second step completes: a sign-in
 * (a new session), a step-up (the caller's session re-verified, no new session), or a sign-in
 * that must enroll a method the policy requires, by a user who holds another factor: that factor
 * is proved first and the passed step answers with the enrollment token, so a password alone
 * never opens the enrollment of a new factor on an account that already has one.
 */
public enum MfaPurpose {
  LOGIN,
  STEP_UP,
  ENROLLMENT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Audit details naming this step and the method (if any); callers may add to the map. */
  Map<String, Object> auditDetails(String method) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("purpose", wire());
    if (method != null) {
      details.put("method", method);
    }
    return details;
  }
}
