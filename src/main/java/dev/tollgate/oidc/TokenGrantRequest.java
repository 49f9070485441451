package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;

/**
 * A request to {@code /oauth2/token} as Nimbus parsed it: the client's authentication
 * ({@code client_secret_basic} or {@code client_secret_post}; null for a public client, which
 * then names itself with {@code client_id}), the grant, and the scope asked for (or null).
 */
public record TokenGrantRequest(
    ClientAuthentication authentication, String publicClientId, AuthorizationGrant grant, Scope scope) {

  /** 400 invalid_request (or unsupported_grant_type) for anything Nimbus cannot read. */
  public static TokenGrantRequest parse(HTTPRequest http) {
    try {
      TokenRequest request = TokenRequest.parse(http);
      return new TokenGrantRequest(
          request.getClientAuthentication(),
          request.getClientID() == null ? null : request.getClientID().getValue(),
          request.getAuthorizationGrant(),
          request.getScope());
    } catch (ParseException e) {
      var error = e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
      String description = error.getDescription() != null ? error.getDescription() : e.getMessage();
      throw new OidcError(error, description, "malformed_request");
    }
  }

  /** The client_id the request claims, authenticated or not (for the audit trail). */
  String claimedClientId() {
    return authentication != null ? authentication.getClientID().getValue() : publicClientId;
  }

  @Override
  public String toString() {
    return "TokenGrantRequest[" + claimedClientId() + ", " + grant.getType() + "]";
  }
}
