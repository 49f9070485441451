package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {
  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void anUnexpectedErrorIsA500WithOnlyAnErrorId() {
    Response response =
        mapper.toResponse(new IllegalStateException("connection to db.internal:5432 as admin/hunter2 failed"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.code()).isEqualTo("internal_error");
    assertThat(problem.details()).containsOnlyKeys("error_id");
    String errorId = (String) problem.details().get("error_id");
    assertThat(UUID.fromString(errorId)).isNotNull();
    assertThat(problem.message())
        .isEqualTo("Something went wrong on our side (error id " + errorId + ")")
        .doesNotContain("hunter2");
    String json = JsonbConfiguration.jsonb().toJson(problem);
    assertThat(json).doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at dev.");
  }

  @Test
  void eachErrorGetsItsOwnId() {
    Problem first = (Problem) mapper.toResponse(new RuntimeException()).getEntity();
    Problem second = (Problem) mapper.toResponse(new RuntimeException()).getEntity();

    assertThat(first.details().get("error_id")).isNotEqualTo(second.details().get("error_id"));
  }

  @Test
  void anErrorCausedByUnreadableJsonIsA400() {
    Response wrapped = mapper.toResponse(new RuntimeException("reading body", new JsonbException("bad")));
    Response parsing =
        mapper.toResponse(new JsonParsingException("Unexpected EOF", null));

    assertThat(wrapped.getStatus()).isEqualTo(400);
    assertThat(((Problem) wrapped.getEntity()).code()).isEqualTo("invalid_json");
    assertThat(parsing.getStatus()).isEqualTo(400);
    assertThat(((Problem) parsing.getEntity()).message()).doesNotContain("EOF");
  }
}
