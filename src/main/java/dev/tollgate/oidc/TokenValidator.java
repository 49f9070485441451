package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PlainClientSecret;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.tollgate.application.Application;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The checks of the token endpoint (RFC 6749 §3.2.1, §4.1.3, §5.2; RFC 7636 §4.6): who the
 * client is, and whether a code may be exchanged by it. Failures are {@link OidcError}s with
 * the standard code; the reason names the precise cause for the audit trail only.
 */
@ApplicationScoped
public class TokenValidator {
  @Inject Clients clients;

  /**
   * A confidential client by its secret (basic or post; compared in constant time), a public
   * client (spa) by its client_id alone; anything else is invalid_client, the same answer for
   * an unknown client and a wrong secret.
   */
  Application client(TokenGrantRequest request) {
    if (request.authentication() == null) {
      return clients.find(request.publicClientId())
          .filter(Clients::isPublic)
          .orElseThrow(() -> invalidClient("unknown_public_client"));
    }
    if (!(request.authentication() instanceof ClientSecretBasic)
        && !(request.authentication() instanceof ClientSecretPost)) {
      throw invalidClient("unsupported_authentication_method");
    }
    String secret = ((PlainClientSecret) request.authentication()).getClientSecret().getValue();
    return clients.find(request.authentication().getClientID().getValue())
        .filter(app -> clients.secretMatches(app, secret))
        .orElseThrow(() -> invalidClient("bad_client_secret"));
  }

  /** The redirect URI of the authorization request, and the PKCE verifier for its challenge. */
  void exchangeable(AuthorizationCode code, AuthorizationCodeGrant grant) {
    String redirect = grant.getRedirectionURI() == null ? null : grant.getRedirectionURI().toString();
    if (!code.redirectUri().equals(redirect)) {
      throw invalidGrant("The redirect_uri differs from the authorization request's", "redirect_uri_mismatch");
    }
    Optional<String> challenge = code.codeChallenge();
    CodeVerifier verifier = grant.getCodeVerifier();
    if (challenge.isEmpty()) {
      if (verifier != null) {
        throw invalidGrant("No code_challenge was sent for this code", "pkce_unexpected_verifier");
      }
      return;
    }
    if (verifier == null) {
      throw invalidGrant("code_verifier is required", "pkce_missing_verifier");
    }
    String computed = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
    if (!SecureTokens.constantTimeEquals(computed, challenge.get())) {
      throw invalidGrant("code_verifier does not match the code_challenge", "pkce_mismatch");
    }
  }

  static OidcError invalidGrant(String description, String reason) {
    return new OidcError(OAuth2Error.INVALID_GRANT, description, reason);
  }

  static OidcError invalidClient(String reason) {
    return new OidcError(OAuth2Error.INVALID_CLIENT, "Client authentication failed", reason);
  }
}
