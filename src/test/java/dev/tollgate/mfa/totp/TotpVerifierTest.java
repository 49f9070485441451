package dev.tollgate.mfa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {
  /** RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890" in base32. */
  private static final TotpSecret RFC_SECRET = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  private static final long NONE = Long.MIN_VALUE;
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:10Z");

  private final TotpVerifier verifier = new TotpVerifier();
  private final TotpSecret secret = verifier.newSecret();
  private final long current = TotpVerifier.stepAt(NOW);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void rfc6238Sha1VectorsAreAcceptedAtTheirTime(long epochSeconds, String expected) {
    TotpVerifier eightDigits = new TotpVerifier(8);
    Instant at = Instant.ofEpochSecond(epochSeconds);

    assertThat(eightDigits.codeAt(RFC_SECRET, TotpVerifier.stepAt(at))).isEqualTo(expected);
    assertThat(eightDigits.verify(RFC_SECRET, NONE, expected, at))
        .isEqualTo(new TotpVerifier.Verdict.Accepted(TotpVerifier.stepAt(at)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void codesWithinOneStepOfDriftAreAccepted(int drift) {
    String code = verifier.codeAt(secret, current + drift);

    assertThat(verifier.verify(secret, NONE, code, NOW))
        .isEqualTo(new TotpVerifier.Verdict.Accepted(current + drift));
  }

  @ParameterizedTest
  @ValueSource(ints = {-2, 2})
  void codesTwoStepsAwayAreWrong(int drift) {
    String code = verifier.codeAt(secret, current + drift);

    assertThat(verifier.verify(secret, NONE, code, NOW)).isEqualTo(new TotpVerifier.Verdict.Wrong());
  }

  @Test
  void theDriftWindowFollowsStepBoundariesExactly() {
    Instant lastMomentOfStep = Instant.ofEpochMilli((current + 1) * 30_000 - 1);
    Instant firstMomentOfNext = Instant.ofEpochMilli((current + 1) * 30_000);
    String previous = verifier.codeAt(secret, current - 1);

    assertThat(verifier.verify(secret, NONE, previous, lastMomentOfStep))
        .isInstanceOf(TotpVerifier.Verdict.Accepted.class);
    assertThat(verifier.verify(secret, NONE, previous, firstMomentOfNext))
        .isEqualTo(new TotpVerifier.Verdict.Wrong());
  }

  @Test
  void aCodeForTheLastUsedStepIsAReplay() {
    String code = verifier.codeAt(secret, current);

    assertThat(verifier.verify(secret, current, code, NOW))
        .isEqualTo(new TotpVerifier.Verdict.Replayed(current));
  }

  @Test
  void aCodeOlderThanTheLastUsedStepIsRefused() {
    String older = verifier.codeAt(secret, current - 1);

    assertThat(verifier.verify(secret, current, older, NOW))
        .isEqualTo(new TotpVerifier.Verdict.Replayed(current - 1));
  }

  @Test
  void aCodeLaterThanTheLastUsedStepIsAccepted() {
    String next = verifier.codeAt(secret, current + 1);

    assertThat(verifier.verify(secret, current, next, NOW))
        .isEqualTo(new TotpVerifier.Verdict.Accepted(current + 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12345a", "-12345", "１２３４５６"})
  void malformedCodesAreWrong(String code) {
    assertThat(verifier.verify(secret, NONE, code, NOW)).isEqualTo(new TotpVerifier.Verdict.Wrong());
  }

  @Test
  void aMissingCodeIsWrong() {
    assertThat(verifier.verify(secret, NONE, null, NOW)).isEqualTo(new TotpVerifier.Verdict.Wrong());
  }

  @Test
  void spacesInsideACodeAreIgnored() {
    String code = verifier.codeAt(secret, current);
    String spaced = code.substring(0, 3) + " " + code.substring(3);

    assertThat(verifier.verify(secret, NONE, spaced, NOW))
        .isEqualTo(new TotpVerifier.Verdict.Accepted(current));
  }

  @Test
  void newSecretsHave160BitsAndDiffer() {
    TotpSecret other = verifier.newSecret();

    assertThat(secret.base32()).hasSize(32);
    assertThat(other).isNotEqualTo(secret);
  }

  @Test
  void codesHaveSixDigitsAndZeroPadding() {
    for (long step = current; step < current + 200; step++) {
      assertThat(verifier.codeAt(secret, step)).matches("[0-9]{6}");
    }
  }
}
