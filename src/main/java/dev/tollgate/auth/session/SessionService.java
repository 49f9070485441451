package dev.tollgate.auth.session;

import dev.tollgate.settings.Settings;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, finds, renews and ends SSO sessions. */
@ApplicationScoped
@Transactional
public class SessionService {
  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject Settings settings;
  @Inject TimeSource time;

  /** A new session after a full sign-in; the raw cookie value is returned once, never stored. */
  public NewSession start(UUID userId, List<String> amr, Instant mfaVerifiedAt) {
    Instant now = time.now();
    String raw = SecureTokens.newToken();
    RequestOrigin origin = RequestOrigin.current();
    SsoSession session =
        new SsoSession(
            keyring.tokenHasher().hash(raw), userId, now, now.plus(lifetime()), amr,
            mfaVerifiedAt, origin.ip(), origin.userAgent());
    em.persist(session);
    return new NewSession(session, raw, lifetime());
  }

  public Optional<SsoSession> findActive(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 128) {
      return Optional.empty();
    }
    Instant now = time.now();
    return em.createQuery("select s from SsoSession s where s.tokenHash = :h", SsoSession.class)
        .setParameter("h", keyring.tokenHasher().hash(rawToken))
        .getResultStream()
        .filter(s -> s.isActive(now))
        .findFirst();
  }

  public Optional<SsoSession> findActiveById(UUID id) {
    SsoSession session = em.find(SsoSession.class, id);
    return session != null && session.isActive(time.now()) ? Optional.of(session) : Optional.empty();
  }

  /** A second factor verified on an existing session (step-up, re-verification). */
  public SsoSession recordMfaVerification(UUID sessionId, List<String> methods) {
    SsoSession session = em.find(SsoSession.class, sessionId);
    Instant now = time.now();
    session.recordMfaVerification(now, now.plus(lifetime()), methods);
    return session;
  }

  public void end(UUID sessionId) {
    SsoSession session = em.find(SsoSession.class, sessionId);
    if (session != null) {
      session.end(time.now());
    }
  }

  public int endAllForUser(UUID userId, UUID exceptSessionId) {
    return em.createQuery(
            "update SsoSession s set s.endedAt = :now"
                + " where s.userId = :u and s.endedAt is null and s.id <> :keep")
        .setParameter("now", time.now())
        .setParameter("u", userId)
        .setParameter("keep", exceptSessionId == null ? new UUID(0, 0) : exceptSessionId)
        .executeUpdate();
  }

  void onUserEvent(@Observes UserEvent event) {
    switch (event.kind()) {
      case PASSWORD_CHANGED -> endAllForUser(event.userId(), event.sessionToKeep().orElse(null));
      case DEACTIVATED, MFA_RESET -> endAllForUser(event.userId(), null);
      case DELETED -> { } // rows go with the user (ON DELETE CASCADE)
      case LAST_FACTOR_REMOVED -> { } // the user did it from a session that stays valid
    }
  }

  public Duration lifetime() {
    return Duration.ofDays(settings.current().sessionDurationDays());
  }

  public record NewSession(SsoSession session, String rawToken, Duration lifetime) {
    @Override
    public String toString() {
      return "NewSession[" + session.id() + "]";
    }
  }
}
