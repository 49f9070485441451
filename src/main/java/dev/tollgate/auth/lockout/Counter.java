package dev.tollgate.auth.lockout;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of one subject's counter, as a value (the {@code lockout} row): how many attempts of
 * the current round were taken, the lock, and when it last changed. An attempt is taken before
 * its answer is checked, so every attempt counts until a right answer clears the round. A round
 * whose last attempt is older than the lock duration, or whose lock has run out, is over: the
 * next attempt starts a new one.
 */
record Counter(int attempts, Instant lockedUntil, Instant updatedAt) {
  /** A subject nobody has tried yet. */
  static final Counter NONE = new Counter(0, null, Instant.EPOCH);

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  private boolean roundOverAt(Instant now, Duration lockDuration) {
    return updatedAt.plus(lockDuration).isBefore(now)
        || (lockedUntil != null && !lockedUntil.isAfter(now));
  }

  /**
   * Takes the next attempt: its number (1 for the first of a round), or 0 when none is left —
   * the subject is locked, or every remaining attempt is taken by an answer still being checked.
   */
  int nextAttempt(Instant now, Limit limit) {
    if (lockedAt(now)) {
      return 0;
    }
    int taken = roundOverAt(now, limit.lockDuration()) ? 0 : attempts;
    return taken < limit.maxAttempts() ? taken + 1 : 0;
  }

  /**
   * Until when an attempt is refused: the lock's end, or, while the last attempts are still being
   * checked, the end of the round (a right answer among them clears it sooner).
   */
  Instant refusedUntil(Instant now, Limit limit) {
    return lockedAt(now) ? lockedUntil : updatedAt.plus(limit.lockDuration());
  }

  /**
   * Whether attempt {@code number}, found wrong, locks the subject: it was the last of the round
   * and the round is still the one it was taken in (a right answer since would have cleared it).
   */
  boolean lockedBy(int number, Instant now, Limit limit) {
    return number >= limit.maxAttempts() && attempts >= limit.maxAttempts() && !lockedAt(now);
  }
}
