package dev.tollgate.saml;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.db.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending SAML sign-ins and the replay guard. A row lives {@link #LIFETIME}: longer than an
 * AuthnRequest's IssueInstant is accepted ({@link AuthnRequestCheck#MAX_AGE} either side), so
 * an ID is remembered for as long as a replay of it could pass the time check. Expired rows are
 * deleted by {@code ops.Housekeeping}.
 */
@ApplicationScoped
public class SamlRequests {
  static final Duration LIFETIME = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  public boolean seen(UUID applicationId, String requestId) {
    return !em.createQuery(
            "select r.id from SamlRequestRow r where r.applicationId = :a and r.requestId = :r",
            UUID.class)
        .setParameter("a", applicationId)
        .setParameter("r", requestId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Keeps a new request. Two requests with one ID (a replay racing the original) cannot both be
   * kept: the table's unique key lets one in and the other is refused as a replay.
   */
  public SamlRequestRow open(
      UUID applicationId, Optional<String> requestId, Optional<String> relayState, boolean forceAuthn) {
    Instant now = time.now();
    SamlRequestRow row =
        new SamlRequestRow(
            applicationId, requestId.orElse(null), relayState.orElse(null), forceAuthn, now,
            now.plus(LIFETIME));
    try {
      em.persist(row);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw SamlException.badRequest("request_replayed", "This AuthnRequest was already used");
      }
      throw e;
    }
    return row;
  }

  /** The open request of this application, locked so that two continuations cannot both answer. */
  public Optional<SamlRequestRow> findOpen(UUID applicationId, UUID id) {
    SamlRequestRow row = em.find(SamlRequestRow.class, id, LockModeType.PESSIMISTIC_WRITE);
    return Optional.ofNullable(row)
        .filter(r -> r.applicationId().equals(applicationId))
        .filter(r -> r.isOpen(time.now()));
  }
}
