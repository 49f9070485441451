package dev.tollgate.auth.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of counting: attempts are taken before answers are checked, rounds, locks. */
class CounterTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);
  private static final Limit THREE = new Limit(3, LOCK);

  @Test
  void attemptsAreNumberedWithinARound() {
    assertThat(Counter.NONE.nextAttempt(T0, THREE)).isEqualTo(1);
    assertThat(new Counter(1, null, T0).nextAttempt(T0, THREE)).isEqualTo(2);
    assertThat(new Counter(2, null, T0).nextAttempt(T0, THREE)).isEqualTo(3);
  }

  @Test
  void noAttemptIsLeftOnceEveryAttemptOfTheRoundIsTaken() {
    Counter allTaken = new Counter(3, null, T0);

    assertThat(allTaken.nextAttempt(T0.plusSeconds(1), THREE)).isZero();
    assertThat(allTaken.refusedUntil(T0.plusSeconds(1), THREE)).isEqualTo(T0.plus(LOCK));
  }

  @Test
  void aLockRefusesEveryAttemptUntilItEnds() {
    Instant until = T0.plus(LOCK);
    Counter locked = new Counter(3, until, T0);

    assertThat(locked.lockedAt(T0.plusSeconds(60))).isTrue();
    assertThat(locked.nextAttempt(T0.plusSeconds(60), THREE)).isZero();
    assertThat(locked.refusedUntil(T0.plusSeconds(60), THREE)).isEqualTo(until);
  }

  @Test
  void aNewRoundStartsWhenTheLockRunsOut() {
    Counter locked = new Counter(3, T0.plus(LOCK), T0);

    assertThat(locked.lockedAt(T0.plus(LOCK))).isFalse();
    assertThat(locked.nextAttempt(T0.plus(LOCK).plusSeconds(1), THREE)).isEqualTo(1);
  }

  @Test
  void oldAttemptsAreForgottenAfterTheLockDuration() {
    Counter old = new Counter(2, null, T0);

    assertThat(old.nextAttempt(T0.plus(LOCK).plusSeconds(1), THREE)).isEqualTo(1);
    assertThat(old.nextAttempt(T0.plus(LOCK).minusSeconds(1), THREE)).isEqualTo(3);
  }

  @Test
  void onlyTheLastAttemptOfTheRoundLocks() {
    Counter full = new Counter(3, null, T0);

    assertThat(full.lockedBy(3, T0, THREE)).isTrue();
    assertThat(full.lockedBy(2, T0, THREE)).isFalse();
  }

  @Test
  void aLastAttemptFromARoundARightAnswerClearedLocksNothing() {
    Counter newRound = new Counter(1, null, T0);

    assertThat(newRound.lockedBy(3, T0, THREE)).isFalse();
  }

  @Test
  void aSubjectAlreadyLockedIsNotLockedAgain() {
    Counter locked = new Counter(3, T0.plus(LOCK), T0);

    assertThat(locked.lockedBy(3, T0.plusSeconds(1), THREE)).isFalse();
  }

  @Test
  void aSingleAllowedAttemptLocksAtTheFirstWrongAnswer() {
    Limit one = new Limit(1, LOCK);
    assertThat(Counter.NONE.nextAttempt(T0, one)).isEqualTo(1);
    assertThat(new Counter(1, null, T0).lockedBy(1, T0, one)).isTrue();
  }
}
