package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import dev.tollgate.oidc.AuthorizeOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Writes an authorization outcome: a 302 to the client with {@code code}, {@code state} and
 * {@code iss} (RFC 9207) or with an error, a 302 to the login page, or an error page (400).
 */
final class AuthorizeResponse {
  private AuthorizeResponse() {}

  static void write(AuthorizeOutcome outcome, String issuer, HttpServletResponse response)
      throws IOException {
    switch (outcome) {
      case AuthorizeOutcome.CodeIssued c ->
          OidcHttp.redirect(response, new AuthenticationSuccessResponse(
                  URI.create(c.redirectUri()), new AuthorizationCode(c.code()), null, null,
                  state(c.state()), null, new Issuer(issuer), ResponseMode.QUERY)
              .toURI().toString());
      case AuthorizeOutcome.Refused r ->
          OidcHttp.redirect(response, new AuthenticationErrorResponse(
                  URI.create(r.redirectUri()), r.error(), state(r.state()), new Issuer(issuer),
                  ResponseMode.QUERY)
              .toURI().toString());
      case AuthorizeOutcome.SignInNeeded s -> OidcHttp.redirect(response, s.location());
      case AuthorizeOutcome.ErrorPage e ->
          ErrorPage.write(response, HttpServletResponse.SC_BAD_REQUEST, "Sign-in request refused", e.message());
    }
  }

  private static State state(String value) {
    return value == null ? null : new State(value);
  }
}
