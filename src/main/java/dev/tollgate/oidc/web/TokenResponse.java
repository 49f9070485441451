package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.tollgate.oidc.OidcError;
import dev.tollgate.oidc.TokenService;

/** The token endpoint's JSON answers: the tokens, or an RFC 6749 §5.2 error. */
final class TokenResponse {
  private TokenResponse() {}

  static HTTPResponse success(TokenService.Issued issued) {
    return new OIDCTokenResponse(new OIDCTokens(
            issued.tokens().idToken(),
            new BearerAccessToken(issued.tokens().accessToken(), issued.tokens().accessTokenLifetimeSeconds(), issued.scope()),
            new RefreshToken(issued.refreshToken())))
        .toHTTPResponse();
  }

  /** invalid_client after HTTP Basic also says how to authenticate (RFC 6749 §5.2). */
  static HTTPResponse error(OidcError error, boolean usedBasic) {
    HTTPResponse response = new TokenErrorResponse(error.error()).toHTTPResponse();
    if (usedBasic && OAuth2Error.INVALID_CLIENT.getCode().equals(error.error().getCode())) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"tollgate\"");
    }
    return response;
  }
}
