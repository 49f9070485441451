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
  PASSKEY_REGISTERED,
  PASSKEY_REGISTRATION_FAILED,
  PASSKEY_RENAMED,
  PASSKEY_REMOVED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
