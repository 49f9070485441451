package dev.tollgate.auth;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.token.TokenIssuer;
import dev.tollgate.device.TrustTokens;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The last step of every successful sign-in, whatever came before it: a new SSO session (the
 * previous one, if the browser had one, is ended, so a session id never survives a sign-in),
 * a portal token tied to it, and the audit event. A sign-in whose second factor was verified
 * ({@code verifiedMethod} given: the session's {@code mfa_verified_at} is now) also gets a
 * trust_device_token while trusted devices are on, which certifies that method.
 */
@ApplicationScoped
@Transactional
public class LoginCompletion {
  @Inject SessionService sessions;
  @Inject TokenIssuer tokens;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject TrustTokens trustTokens;
  @Inject TimeSource time;

  /** {@code verifiedMethod}: the second-factor method verified in this sign-in, or null. */
  public LoginOutcome.Complete complete(
      User user, List<String> amr, String verifiedMethod, String previousSessionToken) {
    return complete(
        user, amr, verifiedMethod, sessions.findActive(previousSessionToken).map(SsoSession::id));
  }

  /**
   * The same, when the browser's previous session was identified earlier in the flow (the
   * second step keeps only its id, never the cookie value).
   */
  public LoginOutcome.Complete complete(
      User user, List<String> amr, String verifiedMethod, Optional<UUID> previousSessionId) {
    previousSessionId.ifPresent(sessions::end);
    Instant mfaVerifiedAt = verifiedMethod == null ? null : time.now();
    SessionService.NewSession started = sessions.start(user.id(), amr, mfaVerifiedAt);
    TokenIssuer.IssuedToken token = issueFor(user, started.session());
    audit.record(AuditType.LOGIN_SUCCEEDED, user.id(), Map.of("amr", amr));
    String trustDeviceToken =
        Optional.ofNullable(verifiedMethod)
            .flatMap(method -> trustTokens.issueAfterVerifiedSecondFactor(user.id(), method))
            .orElse(null);
    return new LoginOutcome.Complete(
        token.value(), token.expiresInSeconds(), amr, started.rawToken(), started.lifetime(),
        trustDeviceToken);
  }

  /** A fresh portal token for an existing session (after step-up, for example). */
  public TokenIssuer.IssuedToken issueFor(User user, SsoSession session) {
    return tokens.issuePortalToken(
        new TokenIssuer.PortalTokenSubject(
            user.id(), user.email(), user.username(), user.displayName(), user.isAdmin(),
            session.id(), session.amr(), session.authTime()),
        Duration.ofHours(settings.current().tokenDurationHours()));
  }
}
