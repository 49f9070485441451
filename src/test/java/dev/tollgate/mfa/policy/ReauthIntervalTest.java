package dev.tollgate.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReauthIntervalTest {

  @ParameterizedTest(name = "global {0}, script {1} -> {2}")
  @CsvSource({
    "0, 0, 0",     // neither: once per session
    "0, 30, 30",   // the script introduces an interval
    "60, 0, 60",   // script 0: the global one
    "60, 30, 30",  // both non-zero: the lower wins
    "30, 60, 30",  // a script cannot lengthen the global interval
    "45, 45, 45",
    "60, -5, 60",  // negative values are never accepted from a script; treated as none here
  })
  void precedence(int global, int script, int effective) {
    assertThat(ReauthInterval.effective(global, script)).isEqualTo(effective);
  }

  @Test
  void noScriptValueKeepsTheGlobalInterval() {
    assertThat(ReauthInterval.effective(0, null)).isZero();
    assertThat(ReauthInterval.effective(120, null)).isEqualTo(120);
  }
}
