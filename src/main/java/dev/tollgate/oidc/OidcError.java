package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.ErrorObject;

/**
 * A refusal in the vocabulary of RFC 6749 / OpenID Connect ({@code invalid_grant},
 * {@code login_required}, ...), with its HTTP status; {@code reason} is for the audit trail only.
 */
public class OidcError extends RuntimeException {
  private final transient ErrorObject error;
  private final String reason;

  public OidcError(ErrorObject error, String description, String reason) {
    super(description);
    this.error = error.setDescription(description);
    this.reason = reason;
  }

  public ErrorObject error() {
    return error;
  }

  public String reason() {
    return reason;
  }
}
