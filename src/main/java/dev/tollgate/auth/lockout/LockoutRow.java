package dev.tollgate.auth.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "lockout")
public class LockoutRow {
  @Id
  @Column(name = "subject_hash")
  private String subjectHash;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LockoutRow() {}

  LockoutRow(String subjectHash, Instant now) {
    this.subjectHash = subjectHash;
    this.updatedAt = now;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  /**
   * Counts one wrong answer. A count whose last failure is older than the lock duration, or
   * whose lock has run out, starts again from zero; reaching {@code maxAttempts} locks the
   * subject and clears the count, so the next round after the lock starts fresh.
   */
  Lockouts.Failure recordFailure(Instant now, int maxAttempts, Duration lockDuration) {
    boolean stale =
        updatedAt.plus(lockDuration).isBefore(now)
            || (lockedUntil != null && !lockedUntil.isAfter(now));
    int count = (stale ? 0 : failures) + 1;
    Instant until = count >= maxAttempts ? now.plus(lockDuration) : null;
    this.failures = until != null ? 0 : count;
    this.lockedUntil = until;
    this.updatedAt = now;
    return new Lockouts.Failure(count, Math.max(0, maxAttempts - count), Optional.ofNullable(until));
  }
}
