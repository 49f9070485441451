package dev.tollgate.auth.mfa;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why an mfa_token was issued, which decides how a passed second step completes: a sign-in
 * (a new session) or a step-up (the caller's session re-verified, no new session).
 */
public enum MfaPurpose {
  LOGIN,
  STEP_UP;

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
