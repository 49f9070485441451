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
  /** An administrator removed all of a user's factors, trusted devices and sessions. */
  MFA_RESET,
  /** A browser became trusted with a trust token (SPEC §8). */
  DEVICE_TRUSTED,
  /** A trust token was not accepted (unknown, expired, used, another user's, feature off). */
  DEVICE_TRUST_REFUSED,
  /** A trusted device stood in for the second step at sign-in. */
  TRUSTED_DEVICE_USED,
  /** An {@code idp_device} cookie was not honoured (unknown, revoked, another user's). */
  TRUSTED_DEVICE_REJECTED,
  /** A device stopped being trusted; {@code details.reason} says why. */
  TRUSTED_DEVICE_REVOKED,
  /** A user got a new set of recovery codes (details: count, replaced, replaced_unused). */
  RECOVERY_CODES_GENERATED,
  /**
   * A recovery code answered a second step or a step-up (details: remaining). The step's own
   * {@code mfa_verified} follows, with method recovery_code.
   */
  RECOVERY_CODE_USED,
  /**
   * A recovery code was checked and refused (details: reason wrong_code, used_code,
   * malformed_code); the step's {@code mfa_failed} counts it towards the lock.
   */
  RECOVERY_CODE_FAILED,
  /** A user's recovery codes were deleted (details: reason user, last_factor_removed, reset; unused). */
  RECOVERY_CODES_DELETED,
  /** A passkey got a new name (details: passkey_id, from, to). */
  PASSKEY_RENAMED,
  /**
   * A passkey's signature counter went backwards: a sign of a cloned authenticator (details:
   * passkey_id, stored_count, presented_count). The answer is also an mfa_failed.
   */
  PASSKEY_COUNTER_REGRESSION,
  APPLICATION_CREATED,
  APPLICATION_UPDATED,
  APPLICATION_DELETED,
  /** A SAML request was refused before any answer to the SP (details: application, code, reason). */
  SAML_REQUEST_REFUSED,
  /** A SAML Response was sent to an SP's ACS (details: application, in_response_to, authn_context). */
  SAML_RESPONSE_ISSUED,
  /** A valid SAML request was not answered: the policy refused the user (details: code, reason). */
  SAML_RESPONSE_DENIED,
  /** The policy needs a method the user must enroll first (details: policy, allowed_methods). */
  MFA_ENROLLMENT_REQUIRED,
  /** A selector script failed (details: application, failure, error, fail_open). */
  MFA_POLICY_SCRIPT_FAILED,
  /**
   * An SSO request (OIDC, SAML) sent the user to the second step again because the session's
   * verification is older than the interval in force (details: client_id, interval_minutes).
   */
  REVERIFICATION_ASKED,
  /** The request that asked for a re-verification went on after it (details: client_id). */
  REVERIFICATION_PASSED,
  /** An OIDC authorization request got a code (details: client_id, acr, amr, scope). */
  AUTHORIZATION_GRANTED,
  /** An OIDC authorization request was refused at the client (details: client_id, error, reason). */
  AUTHORIZATION_DENIED,
  /** Tokens were issued for an authorization code (details: client_id). */
  TOKEN_ISSUED,
  /** A refresh token was exchanged, and rotated (details: client_id). */
  TOKEN_REFRESHED,
  /**
   * The token endpoint refused a request (details: client_id, error, reason such as code_reused
   * or refresh_token_reused, which also revoke the grant's refresh tokens).
   */
  TOKEN_REFUSED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
