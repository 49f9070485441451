package dev.tollgate.auth.mfa;

import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.db.Autonomous;
import dev.tollgate.user.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores mfa_tokens as keyed hashes; finds, consumes and burns them. */
@ApplicationScoped
public class MfaChallenges {
  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject Autonomous autonomous;

  /**
   * A new challenge; the raw token is returned once and never stored. The user's challenges that
   * expired are deleted first, so abandoned sign-ins do not pile up (the audit trail keeps them).
   */
  Issued issue(
      UUID userId, MfaPurpose purpose, List<String> methods, PolicyLevel level,
      List<String> enrollMethods, String clientId, UUID sessionId, Duration lifetime) {
    String raw = SecureTokens.newToken();
    Instant now = time.now();
    em.createQuery("delete from MfaChallenge c where c.userId = :u and c.expiresAt < :now")
        .setParameter("u", userId)
        .setParameter("now", now)
        .executeUpdate();
    MfaChallenge challenge =
        new MfaChallenge(
            keyring.tokenHasher().hash(raw), userId, purpose, methods, level, clientId,
            enrollMethods, sessionId, now, now.plus(lifetime));
    em.persist(challenge);
    return new Issued(challenge, raw);
  }

  /** The challenge a token names, usable or not (the caller tells them apart). */
  Optional<MfaChallenge> find(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 128) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from MfaChallenge c where c.tokenHash = :h", MfaChallenge.class)
        .setParameter("h", keyring.tokenHasher().hash(rawToken))
        .getResultStream()
        .findFirst();
  }

  /**
   * Marks the challenge used; false when a concurrent request already did, so a token can
   * complete at most one sign-in however many requests race with it.
   */
  boolean consume(UUID challengeId) {
    return em.createQuery(
                "update MfaChallenge c set c.consumedAt = :now"
                    + " where c.id = :id and c.consumedAt is null")
            .setParameter("now", time.now())
            .setParameter("id", challengeId)
            .executeUpdate()
        == 1;
  }

  /**
   * Burns every open challenge of the user at once, in a transaction of its own (a lockout is
   * the refusal of the request that causes it, and the burn must outlive it).
   */
  int burnAllFor(UUID userId) {
    return autonomous.update(
        "UPDATE mfa_challenge SET consumed_at = ? WHERE user_id = ? AND consumed_at IS NULL",
        time.now(), userId);
  }

  /** A reset leaves no factor to answer with: pending second steps end with it. */
  void onUserEvent(@Observes UserEvent event) {
    if (event.kind() == UserEvent.Kind.MFA_RESET) {
      em.createQuery(
              "update MfaChallenge c set c.consumedAt = :now"
                  + " where c.userId = :u and c.consumedAt is null")
          .setParameter("now", time.now())
          .setParameter("u", event.userId())
          .executeUpdate();
    }
  }

  record Issued(MfaChallenge challenge, String rawToken) {
    @Override
    public String toString() {
      return "Issued[" + challenge.id() + "]";
    }
  }
}
