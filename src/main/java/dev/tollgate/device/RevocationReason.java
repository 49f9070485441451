package dev.tollgate.device;

import java.util.Locale;

/** Why a trusted device stopped being trusted; the wire form is stored and audited. */
public enum RevocationReason {
  /** The user cut the device off. */
  USER,
  PASSWORD_CHANGED,
  /** An administrator reset the user's second factors. */
  MFA_RESET,
  /** The user removed their last second factor: there is nothing left to stand in for. */
  LAST_FACTOR_REMOVED,
  DEACTIVATED,
  /** Found expired when presented at sign-in. */
  EXPIRED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
