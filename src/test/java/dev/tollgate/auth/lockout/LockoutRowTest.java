package dev.tollgate.auth.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutRowTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);

  private final LockoutRow row = new LockoutRow("subject", T0);

  @Test
  void eachWrongAnswerIsCountedWithTheAttemptsLeft() {
    Lockouts.Failure first = row.recordFailure(T0, 3, LOCK);
    Lockouts.Failure second = row.recordFailure(T0.plusSeconds(1), 3, LOCK);

    assertThat(first.failures()).isEqualTo(1);
    assertThat(first.attemptsLeft()).isEqualTo(2);
    assertThat(first.locked()).isFalse();
    assertThat(second.failures()).isEqualTo(2);
    assertThat(second.attemptsLeft()).isEqualTo(1);
    assertThat(second.locked()).isFalse();
  }

  @Test
  void theLastAllowedWrongAnswerLocksForTheLockDuration() {
    row.recordFailure(T0, 3, LOCK);
    row.recordFailure(T0, 3, LOCK);

    Lockouts.Failure third = row.recordFailure(T0.plusSeconds(5), 3, LOCK);

    assertThat(third.locked()).isTrue();
    assertThat(third.attemptsLeft()).isZero();
    assertThat(third.lockedUntil()).contains(T0.plusSeconds(5).plus(LOCK));
    assertThat(row.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(LOCK));
  }

  @Test
  void aSingleAllowedAttemptLocksAtTheFirstWrongAnswer() {
    assertThat(row.recordFailure(T0, 1, LOCK).locked()).isTrue();
  }

  @Test
  void countingStartsAgainAfterTheLockRunsOut() {
    for (int i = 0; i < 3; i++) {
      row.recordFailure(T0, 3, LOCK);
    }

    Lockouts.Failure afterLock = row.recordFailure(T0.plus(LOCK).plusSeconds(1), 3, LOCK);

    assertThat(afterLock.failures()).isEqualTo(1);
    assertThat(afterLock.locked()).isFalse();
  }

  @Test
  void oldFailuresAreForgottenAfterTheLockDuration() {
    row.recordFailure(T0, 3, LOCK);
    row.recordFailure(T0, 3, LOCK);

    Lockouts.Failure muchLater = row.recordFailure(T0.plus(LOCK).plusSeconds(1), 3, LOCK);

    assertThat(muchLater.failures()).isEqualTo(1);
    assertThat(muchLater.attemptsLeft()).isEqualTo(2);
  }

  @Test
  void recentFailuresAddUpAcrossRequests() {
    row.recordFailure(T0, 5, LOCK);
    row.recordFailure(T0.plus(Duration.ofMinutes(10)), 5, LOCK);

    assertThat(row.recordFailure(T0.plus(Duration.ofMinutes(20)), 5, LOCK).failures()).isEqualTo(3);
  }
}
