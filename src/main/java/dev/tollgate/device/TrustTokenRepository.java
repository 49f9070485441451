package dev.tollgate.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TrustTokenRepository {
  @PersistenceContext EntityManager em;

  public void add(TrustToken token) {
    em.persist(token);
  }

  public Optional<TrustToken> findByHash(String tokenHash) {
    return Optional.ofNullable(em.find(TrustToken.class, tokenHash));
  }

  /**
   * Marks the token used if it still may be used by this user; one statement, so of two
   * requests racing with the same token only one wins.
   */
  public boolean claim(String tokenHash, UUID userId, Instant now) {
    return em.createQuery(
                "update TrustToken t set t.usedAt = :now where t.tokenHash = :h"
                    + " and t.userId = :u and t.usedAt is null and t.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("h", tokenHash)
            .setParameter("u", userId)
            .executeUpdate()
        == 1;
  }

  /** Outstanding tokens of a user stop counting once their devices are revoked. */
  public int deleteAllOf(UUID userId) {
    return em.createQuery("delete from TrustToken t where t.userId = :u")
        .setParameter("u", userId)
        .executeUpdate();
  }
}
