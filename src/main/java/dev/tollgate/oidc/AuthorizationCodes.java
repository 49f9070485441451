package dev.tollgate.oidc;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.db.Autonomous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Issues authorization codes (keyed hashes stored), finds and consumes them. */
@ApplicationScoped
public class AuthorizationCodes {
  static final Duration LIFETIME = Duration.ofSeconds(60);
  /** A used code is kept this long after it expired, so that a late replay still revokes. */
  static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(1);
  private static final int MAX_CODE_LENGTH = 128;

  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject Autonomous autonomous;

  /** A new code for the grant; the raw value is returned once and never stored. */
  String issue(Grant grant, String redirectUri, String nonce, String codeChallenge) {
    String raw = SecureTokens.newToken();
    Instant now = time.now();
    em.createQuery("delete from AuthorizationCode c where c.userId = :u and c.expiresAt < :cutoff")
        .setParameter("u", grant.userId())
        .setParameter("cutoff", now.minus(KEPT_AFTER_EXPIRY))
        .executeUpdate();
    em.persist(
        new AuthorizationCode(
            keyring.tokenHasher().hash(raw), grant, redirectUri, nonce, codeChallenge, now,
            now.plus(LIFETIME)));
    return raw;
  }

  /** The code a raw value names, used or not, expired or not (the caller tells them apart). */
  Optional<AuthorizationCode> find(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from AuthorizationCode c where c.codeHash = :h", AuthorizationCode.class)
        .setParameter("h", keyring.tokenHasher().hash(raw))
        .getResultStream()
        .findFirst();
  }

  /**
   * Marks the code used, committed at once: one exchange attempt per code, right or wrong. False
   * when a concurrent exchange already did.
   */
  boolean consume(UUID id) {
    return autonomous.update(
            "UPDATE oidc_authorization_code SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL",
            time.now(), id)
        == 1;
  }
}
