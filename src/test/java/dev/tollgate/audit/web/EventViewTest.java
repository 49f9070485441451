package dev.tollgate.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.web.JsonbConfiguration;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventViewTest {
  @Test
  void keysWithoutAValueAreWrittenAsNull() {
    AuditResource.EventView view =
        new AuditResource.EventView(
            UUID.fromString("00000000-0000-0000-0000-000000000001"), Instant.parse("2026-01-02T03:04:05Z"),
            "login_failed", null, null, null, null, JsonObject.EMPTY_JSON_OBJECT);

    assertThat(JsonbConfiguration.jsonb().toJson(view))
        .isEqualTo("{\"actor_id\":null,\"details\":{},\"id\":\"00000000-0000-0000-0000-000000000001\","
            + "\"ip\":null,\"time\":\"2026-01-02T03:04:05Z\",\"type\":\"login_failed\",\"user_agent\":null,"
            + "\"user_id\":null}");
  }
}
