package dev.tollgate.saml;

/**
 * A SAML request Tollgate refuses. The endpoints answer it with a plain error page (never a
 * redirect to an ACS that was not verified); {@code code} is stable, for tests and the audit log.
 */
public class SamlException extends RuntimeException {
  private final String code;
  private final int status;

  public SamlException(String code, int status, String message) {
    super(message, null, false, false);
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  static SamlException badRequest(String code, String message) {
    return new SamlException(code, 400, message);
  }

  static SamlException malformed(String message) {
    return badRequest("invalid_saml_request", message);
  }

  static SamlException unknownServiceProvider() {
    return new SamlException("unknown_service_provider", 404, "No SAML service provider is registered here");
  }
}
