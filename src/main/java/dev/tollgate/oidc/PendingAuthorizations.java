package dev.tollgate.oidc;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores pending authorization requests under keyed hashes of their handles. */
@ApplicationScoped
public class PendingAuthorizations {
  /** Long enough for a sign-in that includes enrolling a factor. */
  static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final int MAX_HANDLE_LENGTH = 128;

  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;

  /** A saved request and the raw handle for its continuation URL (returned once, not stored). */
  record Saved(PendingAuthorization pending, String handle) {
    @Override
    public String toString() {
      return "Saved[" + pending.id() + "]";
    }
  }

  Saved save(AuthorizeRequest request, boolean forceLogin, boolean reverifyAsked) {
    String handle = SecureTokens.newToken();
    Instant now = time.now();
    PendingAuthorization pending =
        new PendingAuthorization(
            keyring.tokenHasher().hash(handle), request, forceLogin, reverifyAsked, now,
            now.plus(LIFETIME));
    em.persist(pending);
    return new Saved(pending, handle);
  }

  Optional<PendingAuthorization> findUsable(String handle) {
    if (handle == null || handle.isBlank() || handle.length() > MAX_HANDLE_LENGTH) {
      return Optional.empty();
    }
    Instant now = time.now();
    return em.createQuery(
            "select p from PendingAuthorization p where p.handleHash = :h", PendingAuthorization.class)
        .setParameter("h", keyring.tokenHasher().hash(handle))
        .getResultStream()
        .filter(p -> p.isUsable(now))
        .findFirst();
  }

  /** False when a concurrent continuation already answered the request. */
  boolean consume(UUID id) {
    return em.createQuery(
                "update PendingAuthorization p set p.consumedAt = :now"
                    + " where p.id = :id and p.consumedAt is null")
            .setParameter("now", time.now())
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }
}
