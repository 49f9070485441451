package dev.tollgate.mfa.passkey.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.web.JsonbConfiguration;
import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyViewTest {
  @Test
  void aPasskeyNeverUsedShowsLastUsedAtAsNull() {
    String json =
        JsonbConfiguration.create()
            .toJson(new PasskeyView(UUID.randomUUID(), "Laptop", Instant.parse("2026-01-02T03:04:05Z"), null));

    assertThat(json).contains("\"last_used_at\":null").contains("\"created_at\":\"2026-01-02T03:04:05Z\"");
  }

  @Test
  void theRegistrationStartKeepsWebAuthnsMemberName() {
    String json =
        JsonbConfiguration.create()
            .toJson(new RegistrationStartView("s", Json.createObjectBuilder().add("rp", "x").build()));

    assertThat(json).isEqualTo("{\"session\":\"s\",\"publicKey\":{\"rp\":\"x\"}}");
  }
}
