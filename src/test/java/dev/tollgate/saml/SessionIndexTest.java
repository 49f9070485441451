package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SessionIndex names the SSO session and reads back to it; anything else names none. */
class SessionIndexTest {
  @Test
  void roundTrips() {
    UUID session = UUID.randomUUID();

    String index = SamlResponses.sessionIndex(session);

    assertThat(index).matches("_[0-9a-f]{32}");
    assertThat(SamlResponses.sessionId(index)).contains(session);
  }

  @Test
  void otherValuesNameNoSession() {
    assertThat(SamlResponses.sessionId(null)).isEmpty();
    assertThat(SamlResponses.sessionId("_xyz")).isEmpty();
    assertThat(SamlResponses.sessionId(UUID.randomUUID().toString())).isEmpty();
  }
}
