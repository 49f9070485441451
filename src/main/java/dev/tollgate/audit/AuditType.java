package dev.tollgate.audit;

import java.util.Locale;

/** The fixed vocabulary of audit events; the wire form is the lower-case name. */
public enum AuditType {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_LOCKED_OUT,
  LOGIN_REFUSED_DISABLED,
  LOGOUT,
  PASSWORD_CHANGED,
  PASSWORD_CHANGE_FAILED,
  PASSWORD_REHASHED,
  USER_CREATED,
  USER_UPDATED,
  USER_DELETED,
  SETTINGS_CHANGED,
  /** The password was right; the sign-in waits for a second factor (details: methods). */
  MFA_REQUIRED,
  /** A signed-in user asked to verify a second factor again (details: methods). */
  MFA_STEP_UP_STARTED,
  /** A second factor was verified (details: method, purpose login|step_up). */
  MFA_VERIFIED,
  /** A second-factor answer was refused (details: method, purpose, reason, attempts_left). */
  MFA_FAILED,
  /** Too many wrong answers: the second step is locked (details: locked_until). */
  MFA_LOCKED_OUT,
  /** The policy needs a method that mfa_allowed_methods forbids (details: policy, method). */
  MFA_METHOD_NOT_ALLOWED,
  MFA_ENROLLMENT_STARTED,
  MFA_ENROLLMENT_FAILED,
  MFA_ENROLLED,
  MFA_REMOVED,
  APPLICATION_CREATED,
  APPLICATION_UPDATED,
  APPLICATION_DELETED,
  /** The policy needs a method the user must enroll first (details: policy, allowed_methods). */
  MFA_ENROLLMENT_REQUIRED,
  /** A selector script failed (details: application, failure, error, fail_open). */
  MFA_POLICY_SCRIPT_FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
