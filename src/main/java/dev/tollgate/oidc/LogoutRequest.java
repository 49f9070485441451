package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import java.util.List;
import java.util.Map;

/**
 * An RP-initiated logout request (OpenID Connect RP-Initiated Logout 1.0) as Nimbus parsed it:
 * the ID token hint (raw), the post-logout redirect URI, state, and the client_id if given.
 */
public record LogoutRequest(
    String idTokenHint, String postLogoutRedirectUri, String state, String clientId) {

  /** A malformed request is never redirected: {@link NoRedirect}. */
  public static LogoutRequest parse(Map<String, List<String>> params) {
    if (params.values().stream().anyMatch(values -> values.size() > 1)) {
      throw new NoRedirect("A logout parameter is repeated.");
    }
    try {
      var parsed = com.nimbusds.openid.connect.sdk.LogoutRequest.parse(params);
      return new LogoutRequest(
          parsed.getIDTokenHint() == null ? null : parsed.getIDTokenHint().getParsedString(),
          parsed.getPostLogoutRedirectionURI() == null ? null : parsed.getPostLogoutRedirectionURI().toString(),
          parsed.getState() == null ? null : parsed.getState().getValue(),
          parsed.getClientID() == null ? null : parsed.getClientID().getValue());
    } catch (ParseException e) {
      throw new NoRedirect("The logout request is malformed.");
    }
  }

  @Override
  public String toString() {
    return "LogoutRequest[" + clientId + "]";
  }
}
