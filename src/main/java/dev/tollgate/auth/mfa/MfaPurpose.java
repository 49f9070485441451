package dev.tollgate.auth.mfa;

/**
 * Why an mfa_token was issued, which decides how a passed second step completes: a sign-in
 * (a new session) or a step-up (the caller's session re-verified, no new session).
 */
public enum MfaPurpose {
  LOGIN,
  STEP_UP;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
