package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import dev.tollgate.application.Application;
import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /oauth2/token}: an authorization code (single-use, 60 s, its redirect URI and PKCE
 * verifier) or a refresh token (rotated on every use) for an ID token, an access token and a new
 * refresh token. A code or refresh token presented a second time revokes every refresh token of
 * its grant (RFC 6749 §4.1.2, RFC 9700 §4.14.2). Tokens are only issued while the SSO session
 * they came from is open, the user active, and their password unchanged since the sign-in.
 * Using up a code or a refresh token, and revoking a grant's refresh tokens, are committed at
 * once ({@link AuthorizationCodes#consume}, {@link RefreshTokens#markUsed},
 * {@link RefreshTokens#revokeFamily}): a refusal rolls back everything else and keeps them.
 */
@ApplicationScoped
@Transactional
public class TokenService {
  @Inject TokenValidator validator;
  @Inject AuthorizationCodes codes;
  @Inject RefreshTokens refreshTokens;
  @Inject TokenMint mint;
  @Inject SessionService sessions;
  @Inject UserRepository users;
  @Inject TimeSource time;
  @Inject AuditLog audit;

  /** What the token endpoint answers with. */
  public record Issued(TokenMint.Minted tokens, String refreshToken, Scope scope) {
    @Override
    public String toString() {
      return "Issued[" + scope + "]";
    }
  }

  public Issued exchange(TokenGrantRequest request) {
    Application client;
    try {
      client = validator.client(request);
    } catch (OidcError e) {
      throw refused(request.claimedClientId(), null, e);
    }
    return switch (request.grant()) {
      case AuthorizationCodeGrant grant -> fromCode(client, grant);
      case RefreshTokenGrant grant -> fromRefreshToken(client, grant, request.scope());
      default -> throw refused(client.clientId(), null,
          new OidcError(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "Only authorization_code and refresh_token", "grant_type"));
    };
  }

  private Issued fromCode(Application client, AuthorizationCodeGrant grant) {
    AuthorizationCode code =
        codes.find(grant.getAuthorizationCode().getValue())
            .filter(c -> c.grant().applicationId().equals(client.id()))
            .orElseThrow(() -> refused(client.clientId(), null,
                TokenValidator.invalidGrant("Unknown authorization code", "unknown_code")));
    UUID userId = code.grant().userId();
    if (code.isExpired(time.now()) && !code.isConsumed()) {
      throw refused(client.clientId(), userId,
          TokenValidator.invalidGrant("The authorization code has expired", "code_expired"));
    }
    // one attempt per code, right or wrong: a second one (or a racing one) is a replay
    if (code.isConsumed() || !codes.consume(code.id())) {
      refreshTokens.revokeFamily(code.id());
      throw refused(client.clientId(), userId,
          TokenValidator.invalidGrant("The authorization code was already used", "code_reused"));
    }
    try {
      validator.exchangeable(code, grant);
    } catch (OidcError e) {
      throw refused(client.clientId(), userId, e);
    }
    return issue(client, code.grant(), code.id(), code.nonce(), AuditType.TOKEN_ISSUED);
  }

  private Issued fromRefreshToken(Application client, RefreshTokenGrant grant, Scope scope) {
    RefreshToken token =
        refreshTokens.find(grant.getRefreshToken().getValue())
            .filter(t -> t.grant().applicationId().equals(client.id()))
            .orElseThrow(() -> refused(client.clientId(), null,
                TokenValidator.invalidGrant("Unknown refresh token", "unknown_refresh_token")));
    UUID userId = token.grant().userId();
    if (token.isRevoked() || token.isExpired(time.now())) {
      throw refused(client.clientId(), userId, TokenValidator.invalidGrant(
          "The refresh token has expired or was revoked", token.isRevoked() ? "refresh_token_revoked" : "refresh_token_expired"));
    }
    if (scope != null && !token.grant().scope().containsAll(scope.toStringList())) {
      throw refused(client.clientId(), userId, new OidcError(
          OAuth2Error.INVALID_SCOPE, "A refresh cannot widen the scope", "scope_widened"));
    }
    if (token.isUsed() || !refreshTokens.markUsed(token.id())) {
      refreshTokens.revokeFamily(token.grantId());
      throw refused(client.clientId(), userId, TokenValidator.invalidGrant(
          "The refresh token was already used; its grant is revoked", "refresh_token_reused"));
    }
    return issue(client, token.grant(), token.grantId(), Optional.empty(), AuditType.TOKEN_REFRESHED);
  }

  /**
   * Tokens for a grant whose session is still open, whose user is still active and whose
   * password has not changed since the sign-in; otherwise the grant's refresh tokens are revoked.
   */
  private Issued issue(
      Application client, Grant grant, UUID family, Optional<String> nonce, AuditType event) {
    Optional<User> current =
        sessions.findActiveById(grant.sessionId()).flatMap(session -> users.findById(grant.userId()));
    String ended =
        current.isEmpty() ? "session_ended"
            : !current.get().isActive() ? "user_disabled"
            : current.get().passwordChangedAt().isAfter(grant.authTime()) ? "password_changed"
            : null;
    if (ended != null) {
      refreshTokens.revokeFamily(family);
      throw refused(client.clientId(), grant.userId(), TokenValidator.invalidGrant(
          "The sign-in this grant came from is no longer valid", ended));
    }
    User user = current.get();
    TokenMint.Minted minted = mint.mint(client, user, grant, nonce);
    String refreshToken = refreshTokens.issue(family, grant);
    audit.record(event, user.id(), details(client.clientId()));
    return new Issued(minted, refreshToken, new Scope(grant.scope().toArray(String[]::new)));
  }

  private OidcError refused(String clientId, UUID userId, OidcError error) {
    Map<String, Object> details = details(clientId);
    details.put("error", error.error().getCode());
    details.put("reason", error.reason());
    audit.record(AuditType.TOKEN_REFUSED, userId, details);
    return error;
  }

  private static Map<String, Object> details(String clientId) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("client_id", clientId == null ? "" : clientId);
    return details;
  }
}
