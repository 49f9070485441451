package dev.tollgate.mfa.recovery;

import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores users' recovery-code sets as keyed hashes; uses a code at most once. */
@ApplicationScoped
public class RecoveryCodeStore {
  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;

  /** A user's set at a glance: codes not yet used, and when the set was made. */
  public record Status(int remaining, Instant createdAt) {}

  RecoveryCodeHashes hashes() {
    return new RecoveryCodeHashes(keyring.tokenHasher());
  }

  /**
   * Holds the user's row until the transaction ends, so that two sets generated at once are
   * made one after the other and the second replaces the first.
   */
  void lockOwner(UUID userId) {
    em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
  }

  void add(List<RecoveryCode> codes) {
    codes.forEach(em::persist);
  }

  /** Deletes the user's set; how many unused codes it still had, or empty when there was none. */
  Optional<Integer> deleteAll(UUID userId) {
    Optional<Status> before = status(userId);
    em.createQuery("delete from RecoveryCode c where c.userId = :u")
        .setParameter("u", userId)
        .executeUpdate();
    return before.map(Status::remaining);
  }

  /**
   * Marks the user's code with this hash used, unless it already is: false when no such unused
   * code exists, or a concurrent request used it first (the update waits for that request's
   * row lock and then finds the code used), so a code signs in at most once.
   */
  boolean use(UUID userId, String codeHash, Instant now) {
    return em.createQuery(
                "update RecoveryCode c set c.usedAt = :now"
                    + " where c.userId = :u and c.codeHash = :h and c.usedAt is null")
            .setParameter("now", now)
            .setParameter("u", userId)
            .setParameter("h", codeHash)
            .executeUpdate()
        == 1;
  }

  /** Whether the hash names one of the user's codes that was used already (for the audit trail). */
  boolean wasUsed(UUID userId, String codeHash) {
    return !em.createQuery(
            "select c.id from RecoveryCode c"
                + " where c.userId = :u and c.codeHash = :h and c.usedAt is not null",
            UUID.class)
        .setParameter("u", userId)
        .setParameter("h", codeHash)
        .getResultList()
        .isEmpty();
  }

  public int countUnused(UUID userId) {
    return Math.toIntExact(
        em.createQuery(
                "select count(c) from RecoveryCode c where c.userId = :u and c.usedAt is null",
                Long.class)
            .setParameter("u", userId)
            .getSingleResult());
  }

  /** Empty when the user has no set (a set whose codes are all used is {@code remaining 0}). */
  public Optional<Status> status(UUID userId) {
    Object[] row =
        em.createQuery(
                "select count(c), min(c.createdAt),"
                    + " sum(case when c.usedAt is null then 1 else 0 end)"
                    + " from RecoveryCode c where c.userId = :u",
                Object[].class)
            .setParameter("u", userId)
            .getSingleResult();
    long total = ((Number) row[0]).longValue();
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(new Status(((Number) row[2]).intValue(), (Instant) row[1]));
  }
}
