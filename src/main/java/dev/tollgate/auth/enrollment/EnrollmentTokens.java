package dev.tollgate.auth.enrollment;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores enrollment tokens as keyed hashes; finds and consumes them. */
@ApplicationScoped
public class EnrollmentTokens {
  /** SPEC §4: {@code expires_in: 900}. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);
  private static final int MAX_TOKEN_LENGTH = 128;

  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;

  /** A raw token, returned once and never stored, and its row. */
  public record Issued(EnrollmentToken token, String rawToken) {
    @Override
    public String toString() {
      return "Issued[" + token.id() + "]";
    }
  }

  /** A new token; the user's expired ones are deleted first, so abandoned sign-ins do not pile up. */
  public Issued issue(
      UUID userId, int factorGeneration, List<String> methods, String clientId, UUID sessionId) {
    String raw = SecureTokens.newToken();
    Instant now = time.now();
    em.createQuery("delete from EnrollmentToken t where t.userId = :u and t.expiresAt < :now")
        .setParameter("u", userId)
        .setParameter("now", now)
        .executeUpdate();
    EnrollmentToken token =
        new EnrollmentToken(
            keyring.tokenHasher().hash(raw), userId, factorGeneration, methods, clientId, sessionId,
            now, now.plus(LIFETIME));
    em.persist(token);
    return new Issued(token, raw);
  }

  /** The sign-in a token names, unless it is expired or was used. */
  public Optional<EnrollmentToken> findUsable(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    Instant now = time.now();
    return em.createQuery("select t from EnrollmentToken t where t.tokenHash = :h", EnrollmentToken.class)
        .setParameter("h", keyring.tokenHasher().hash(rawToken))
        .getResultStream()
        .filter(t -> t.isUsable(now))
        .findFirst();
  }

  /** Marks the token used; false when a concurrent request already did (single use). */
  public boolean consume(UUID tokenId) {
    return em.createQuery(
                "update EnrollmentToken t set t.consumedAt = :now where t.id = :id and t.consumedAt is null")
            .setParameter("now", time.now())
            .setParameter("id", tokenId)
            .executeUpdate()
        == 1;
  }
}
