package dev.tollgate.mfa.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How recovery codes look and how a typed one is read back. */
class RecoveryCodeFormatTest {
  private static final Pattern SHOWN =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  private final SecureRandom random = new SecureRandom();

  @Test
  void theAlphabetHas32SymbolsNoneOfThemEasilyMistaken() {
    assertThat(RecoveryCodeFormat.ALPHABET).hasSize(32);
    assertThat(RecoveryCodeFormat.ALPHABET.chars().distinct().count()).isEqualTo(32);
    for (char ambiguous : "ILOU".toCharArray()) {
      assertThat(RecoveryCodeFormat.ALPHABET).doesNotContain(String.valueOf(ambiguous));
    }
  }

  @Test
  void aCodeCarriesAtLeastSixtyBits() {
    double bitsPerSymbol = Math.log(RecoveryCodeFormat.ALPHABET.length()) / Math.log(2);
    assertThat(RecoveryCodeFormat.SYMBOLS * bitsPerSymbol).isGreaterThanOrEqualTo(60.0);
    assertThat(RecoveryCodeFormat.BITS).isGreaterThanOrEqualTo(60);
  }

  @Test
  void codesAreThreeGroupsOfFourFromTheAlphabet() {
    for (int i = 0; i < 1000; i++) {
      assertThat(RecoveryCodeFormat.generate(random)).matches(SHOWN);
    }
  }

  /** Every symbol turns up in every position, about as often as the others: no bias, no gaps. */
  @Test
  void everySymbolIsUsedInEveryPosition() {
    int codes = 20_000;
    Map<Integer, Map<Character, Integer>> seen = new HashMap<>();
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < codes; i++) {
      String canonical = RecoveryCodeFormat.normalise(RecoveryCodeFormat.generate(random)).orElseThrow();
      distinct.add(canonical);
      for (int p = 0; p < canonical.length(); p++) {
        seen.computeIfAbsent(p, x -> new HashMap<>()).merge(canonical.charAt(p), 1, Integer::sum);
      }
    }
    assertThat(distinct).hasSize(codes);
    for (Map<Character, Integer> counts : seen.values()) {
      assertThat(counts).hasSize(32);
      // expected 625 each; 6 standard deviations either way
      assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(475, 775));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"7KQM-2XHD-9PRT", "7kqm-2xhd-9prt", "7KQM2XHD9PRT", "7kqm 2xhd 9prt", " 7KQM-2xhd 9PRT ",
        "7-K-Q-M-2-X-H-D-9-P-R-T"})
  void caseAndSeparatorsDoNotMatter(String typed) {
    assertThat(RecoveryCodeFormat.normalise(typed)).contains("7KQM2XHD9PRT");
  }

  @Test
  void lettersMistakenForDigitsAreReadAsThem() {
    assertThat(RecoveryCodeFormat.normalise("OOOO-IIII-LLLL")).contains("000011111111");
    assertThat(RecoveryCodeFormat.normalise("oooo-iiii-llll")).contains("000011111111");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "7KQM-2XHD-9PR", "7KQM-2XHD-9PRTX", "7KQM-2XHD-9PRU", "7KQM_2XHD_9PRT", "7KQM.2XHD.9PRT",
        "7KQM-2XHD-9PR!", "７KQM-2XHD-9PRT"})
  void anythingElseIsNoCode(String typed) {
    assertThat(RecoveryCodeFormat.normalise(typed)).isEmpty();
  }

  @Test
  void nullAndHugeInputsAreNoCode() {
    assertThat(RecoveryCodeFormat.normalise(null)).isEmpty();
    assertThat(RecoveryCodeFormat.normalise("7KQM-2XHD-9PRT" + " ".repeat(100))).isEmpty();
  }
}
