package dev.tollgate.oidc;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /oauth2/logout}: ends the SSO session the ID token hint names and the browser's own
 * session when it is the same user's (so a stale hint cannot sign someone else out of this
 * browser), which also stops the refresh tokens issued on them. Audited as {@code logout}.
 */
@ApplicationScoped
@Transactional
public class LogoutService {
  @Inject LogoutValidator validator;
  @Inject SessionService sessions;
  @Inject AuditLog audit;

  /** Where the browser goes once signed out: the client's URI with its state, or nowhere. */
  public record SignedOut(Optional<String> redirectUri, String state) {}

  public SignedOut logout(LogoutRequest request, String browserSessionToken) {
    LogoutValidator.ValidLogout logout = validator.validate(request);
    VerifiedTokens.IdTokenHint hint = logout.hint();
    sessions.findActiveById(hint.sessionId())
        .filter(s -> s.userId().equals(hint.userId()))
        .ifPresent(s -> sessions.end(s.id()));
    sessions.findActive(browserSessionToken)
        .filter(s -> s.userId().equals(hint.userId()))
        .map(SsoSession::id)
        .ifPresent(sessions::end);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("client_id", logout.application().clientId());
    details.put("via", "oidc");
    audit.record(AuditType.LOGOUT, hint.userId(), details);
    return new SignedOut(logout.redirectUri(), logout.state());
  }
}
