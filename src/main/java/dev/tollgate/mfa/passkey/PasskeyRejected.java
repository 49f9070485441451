package dev.tollgate.mfa.passkey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A registration or assertion the verifier refused, with the reason in a fixed vocabulary (it
 * goes into the audit trail and the error's {@code details.reason}). Checked, so every caller
 * decides how the refusal is recorded and answered.
 */
public final class PasskeyRejected extends Exception {
  /** Why a WebAuthn response was refused; the wire form is the lower-case name. */
  public enum Reason {
    MALFORMED,
    CLIENT_DATA_TYPE,
    CHALLENGE,
    ORIGIN,
    RP_ID,
    USER_PRESENCE,
    FLAGS,
    ALGORITHM,
    ATTESTATION,
    SIGNATURE,
    UNKNOWN_CREDENTIAL,
    USER_HANDLE,
    COUNTER_REGRESSION,
    INVALID;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;
  private final Map<String, Object> details;

  public PasskeyRejected(Reason reason, String message) {
    this(reason, message, Map.of());
  }

  public PasskeyRejected(Reason reason, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.reason = reason;
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The same refusal, naming the stored passkey it concerns. */
  PasskeyRejected about(PasskeyId passkey) {
    Map<String, Object> named = new LinkedHashMap<>(details);
    named.put("passkey_id", passkey.toString());
    return new PasskeyRejected(reason, getMessage(), named);
  }

  public Reason reason() {
    return reason;
  }

  /** Extra facts for the audit trail (for a counter regression: the stored and presented counts). */
  public Map<String, Object> details() {
    return details;
  }
}
