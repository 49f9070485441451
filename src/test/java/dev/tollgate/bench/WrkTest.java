package dev.tollgate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkTest {
  private static String report(String total) {
    return """
        Running 4m test @ http://localhost:18080
          1 threads and 4 connections
          Latency Distribution
             50%   72.62ms
             75%   87.59ms
             90%  105.89ms
             99%  152.85ms
          TOTAL, 25.01MB read
        Requests/sec:     51.52
        """.replace("TOTAL", total);
  }

  @Test
  void aRunOfSecondsIsReadInSeconds() {
    Wrk wrk = Wrk.parse(report("771 requests in 15.01s"));

    assertThat(wrk.requests()).isEqualTo(771);
    assertThat(wrk.seconds()).isEqualTo(15.01);
    assertThat(wrk.p50()).isEqualTo("72.62ms");
    assertThat(wrk.p99()).isEqualTo("152.85ms");
  }

  /** wrk switches to minutes for runs of a minute or more (the sign-in benchmark's warm-up). */
  @Test
  void aRunOfMinutesIsReadInSeconds() {
    Wrk wrk = Wrk.parse(report("12369 requests in 4.00m"));

    assertThat(wrk.seconds()).isEqualTo(240.0);
    assertThat(wrk.rate()).isCloseTo(51.54, within(0.01));
  }

  @Test
  void aReportWithoutTotalsIsRefused() {
    assertThatThrownBy(() -> Wrk.parse("Running 15s test @ http://localhost:18080\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unexpected wrk output");
  }
}
