package dev.tollgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainWordsTest {
  private static final Instant NOW = Instant.parse("2026-11-28T17:00:00Z");

  @Test
  void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
    assertThat(PlainWords.of(new DomainException(ErrorCode.INVALID_CREDENTIALS, "Invalid email or password")))
        .isEqualTo("The email or password is wrong.");
  }

  @Test
  void aWrongCodeSaysHowManyAttemptsAreLeft() {
    DomainException wrong =
        new DomainException(ErrorCode.INVALID_MFA_CODE, "The code is not valid")
            .withDetails(Map.of("attempts_left", 3));
    assertThat(PlainWords.of(wrong)).isEqualTo("That code is not right. 3 attempts left.");
    assertThat(PlainWords.ofPasskeyAnswer(wrong.withDetails(Map.of("attempts_left", 1))))
        .isEqualTo("The passkey could not be verified. 1 attempt left.");
  }

  @Test
  void aLockSaysWhenToTryAgain() {
    DomainException locked =
        new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many").retryAfter(15 * 60);
    assertThat(PlainWords.of(locked, "", NOW))
        .isEqualTo("Too many failed attempts, so this is locked for now. Try again in 15 minutes (after 17:15 UTC).");
    assertThat(PlainWords.of(locked.retryAfter(20), "", NOW)).contains("Try again in 1 minute (after 17:00 UTC)");
  }

  @Test
  void anExpiredSignInAsksToStartAgain() {
    assertThat(PlainWords.of(new DomainException(ErrorCode.INVALID_MFA_TOKEN, "x")))
        .isEqualTo("This sign-in has expired. Please start again.");
    assertThat(PlainWords.of(new DomainException(ErrorCode.INVALID_ENROLLMENT_TOKEN, "x")))
        .isEqualTo("This sign-in has expired. Please start again.");
  }

  @Test
  void messagesWrittenForPeopleAreShownAsTheyAre() {
    assertThat(PlainWords.of(new DomainException(ErrorCode.INVALID_SETTING, "Setting x must be true or false")))
        .isEqualTo("Setting x must be true or false");
  }
}
