package dev.tollgate.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {
  @Test
  void aGivenNameWinsTrimmed() {
    assertThat(DeviceNames.choose("  Work laptop ", "Mozilla/5.0 Firefox/120.0")).isEqualTo("Work laptop");
  }

  @Test
  void withoutANameTheUserAgentNamesTheDevice() {
    assertThat(DeviceNames.choose(null, "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"))
        .isEqualTo("Firefox on Linux");
    assertThat(DeviceNames.choose(" ", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"))
        .isEqualTo("Edge on Windows");
  }

  @Test
  void mobileSystemsAreNotMistakenForTheirDesktopRelatives() {
    assertThat(DeviceNames.fromUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"))
        .isEqualTo("Safari on iOS");
    assertThat(DeviceNames.fromUserAgent("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"))
        .isEqualTo("Chrome on Android");
    assertThat(DeviceNames.fromUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15"))
        .isEqualTo("Safari on macOS");
  }

  @Test
  void unknownAgentsGetAPlainName() {
    assertThat(DeviceNames.fromUserAgent(null)).isEqualTo("Unknown browser");
    assertThat(DeviceNames.fromUserAgent("Java-http-client/21")).isEqualTo("Unknown browser");
    assertThat(DeviceNames.fromUserAgent("curl/8.0 (Linux)")).isEqualTo("Browser on Linux");
  }

  @Test
  void aNameFromAVeryLongAgentStillFits() {
    assertThat(DeviceNames.fromUserAgent("x".repeat(5000) + " Firefox/1 Windows"))
        .hasSizeLessThanOrEqualTo(DeviceNames.MAX_LENGTH);
  }
}
