package dev.tollgate.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecognitionTest {
  @Test
  void onlyARejectedCookieIsToBeForgotten() {
    DeviceView view = new DeviceView(UUID.randomUUID(), "d", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    assertThat(new Recognition.Rejected("revoked").forgetCookie()).isTrue();
    assertThat(new Recognition.Trusted(view).forgetCookie()).isFalse();
    assertThat(Recognition.NOT_APPLICABLE.forgetCookie()).isFalse();
  }

  @Test
  void onlyATrustedDeviceStandsIn() {
    DeviceView view = new DeviceView(UUID.randomUUID(), "d", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    assertThat(new Recognition.Trusted(view).trusted()).contains(view);
    assertThat(new Recognition.Rejected("unknown").trusted()).isEmpty();
    assertThat(Recognition.NOT_APPLICABLE.trusted()).isEmpty();
  }
}
