package dev.tollgate.shared;

/** The machine codes of the API (SPEC §3), each with the HTTP status it usually travels with. */
public enum ErrorCode {
  INVALID_JSON(400),
  VALIDATION_FAILED(400),
  INVALID_PARAMETER(400),
  INVALID_SETTING(400),
  WEAK_PASSWORD(400),
  INVALID_TRUST_DEVICE_TOKEN(400),
  INVALID_SCRIPT(400),
  INVALID_CLIENT(400),
  MFA_NOT_ENROLLED(400),
  INVALID_PASSKEY_RESPONSE(400),
  INVALID_PASSKEY_SESSION(400),
  UNAUTHORIZED(401),
  INVALID_CREDENTIALS(401),
  TOKEN_REVOKED(401),
  INVALID_MFA_TOKEN(401),
  INVALID_ENROLLMENT_TOKEN(401),
  /** 401 at the second step of a sign-in; 400 when confirming an enrollment. */
  INVALID_MFA_CODE(401),
  FORBIDDEN(403),
  ACCOUNT_DISABLED(403),
  TRUSTED_DEVICES_DISABLED(403),
  MFA_METHOD_NOT_ALLOWED(403),
  MFA_POLICY_SCRIPT_FAILED(403),
  MFA_REAUTH_REQUIRED(403),
  NOT_FOUND(404),
  NO_PENDING_ENROLLMENT(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  EMAIL_TAKEN(409),
  USERNAME_TAKEN(409),
  LAST_ADMIN(409),
  TOTP_ALREADY_ENROLLED(409),
  PASSKEY_ALREADY_REGISTERED(409),
  UNSUPPORTED_MEDIA_TYPE(415),
  TOO_MANY_ATTEMPTS(429),
  INTERNAL_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The wire form: {@code invalid_credentials}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
