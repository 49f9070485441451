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
  APPLICATION_CREATED,
  APPLICATION_UPDATED,
  APPLICATION_DELETED,
  MFA_ENROLLMENT_REQUIRED,
  MFA_METHOD_NOT_ALLOWED,
  MFA_POLICY_SCRIPT_FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
