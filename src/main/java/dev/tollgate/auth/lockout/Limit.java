package dev.tollgate.auth.lockout;

import java.time.Duration;

/** How many attempts a round allows, and how long the lock that ends it lasts. */
public record Limit(int maxAttempts, Duration lockDuration) {
  public Limit {
    if (maxAttempts < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("A limit needs at least one attempt and a lock duration");
    }
  }
}
