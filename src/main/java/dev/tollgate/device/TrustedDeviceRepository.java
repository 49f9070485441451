package dev.tollgate.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TrustedDeviceRepository {
  @PersistenceContext EntityManager em;

  public void add(TrustedDevice device) {
    em.persist(device);
  }

  public Optional<TrustedDevice> findByCookieHash(String cookieHash) {
    return em.createQuery(
            "select d from TrustedDevice d where d.cookieHash = :h", TrustedDevice.class)
        .setParameter("h", cookieHash)
        .getResultStream()
        .findFirst();
  }

  /** The user's own device, if it is still trusted; anyone else's id finds nothing. */
  public Optional<TrustedDevice> findActiveOwnedBy(UUID userId, UUID deviceId, Instant now) {
    return Optional.ofNullable(em.find(TrustedDevice.class, deviceId))
        .filter(d -> d.userId().equals(userId) && d.isActive(now));
  }

  /** Trusted now, newest first. */
  public List<TrustedDevice> listActive(UUID userId, Instant now) {
    return em.createQuery(
            "select d from TrustedDevice d where d.userId = :u and d.revokedAt is null"
                + " and d.expiresAt > :now order by d.createdAt desc, d.id",
            TrustedDevice.class)
        .setParameter("u", userId)
        .setParameter("now", now)
        .getResultList();
  }

  /** Every device of the user not yet revoked, expired or not. */
  public List<TrustedDevice> listUnrevoked(UUID userId) {
    return em.createQuery(
            "select d from TrustedDevice d where d.userId = :u and d.revokedAt is null",
            TrustedDevice.class)
        .setParameter("u", userId)
        .getResultList();
  }
}
