package dev.tollgate.auth.lockout;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong answers per subject (a login identifier, a user's second step) and locks the
 * subject after too many. Subjects are stored as keyed hashes, so the table names nobody. A
 * count whose last failure is older than the lock duration starts again from zero.
 */
@ApplicationScoped
public class Lockouts {
  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject LockoutRows rows;

  /** When the subject is locked now, until when. */
  public Optional<Instant> lockedUntil(String subject) {
    LockoutRow row = em.find(LockoutRow.class, hash(subject));
    Instant now = time.now();
    if (row == null || row.lockedUntil() == null || !row.lockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(row.lockedUntil());
  }

  /** Records one wrong answer under a row lock, so concurrent guesses are all counted. */
  @Transactional
  public Failure recordFailure(String subject, int maxAttempts, Duration lockDuration) {
    String key = hash(subject);
    Instant now = time.now();
    LockoutRow row = em.find(LockoutRow.class, key);
    if (row == null) {
      rows.createIfAbsent(key, now);
      row = em.find(LockoutRow.class, key);
    }
    em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
    return row.recordFailure(now, maxAttempts, lockDuration);
  }

  @Transactional
  public void reset(String subject) {
    LockoutRow row = em.find(LockoutRow.class, hash(subject));
    if (row != null) {
      em.remove(row);
    }
  }

  private String hash(String subject) {
    return keyring.tokenHasher().hash("lockout:" + subject);
  }

  /** The count after this failure, how many remain, and the lock it caused, if any. */
  public record Failure(int failures, int attemptsLeft, Optional<Instant> lockedUntil) {
    public boolean locked() {
      return lockedUntil.isPresent();
    }
  }
}
