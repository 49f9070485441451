package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {
  private final DomainExceptionMapper mapper = new DomainExceptionMapper();

  @Test
  void theProblemCarriesTheStatusCodeAndMessage() {
    Response response =
        mapper.toResponse(new DomainException(ErrorCode.EMAIL_TAKEN, "Another account uses this email"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.code()).isEqualTo("email_taken");
    assertThat(problem.message()).isEqualTo("Another account uses this email");
    assertThat(problem.type()).isEqualTo("urn:tollgate:error:email_taken");
    assertThat(problem.title()).isEqualTo("Conflict");
    assertThat(problem.details()).isNull();
    assertThat(response.getHeaderString("Retry-After")).isNull();
  }

  @Test
  void detailsAreCarried() {
    Response response =
        mapper.toResponse(
            new DomainException(ErrorCode.INVALID_SETTING, "Setting x is not a setting")
                .withDetails(Map.of("key", "x")));

    assertThat(((Problem) response.getEntity()).details()).containsExactly(Map.entry("key", "x"));
  }

  @Test
  void anotherStatusCanBeChosenForTheSameCode() {
    Response response =
        mapper.toResponse(new DomainException(ErrorCode.INVALID_CREDENTIALS, "Wrong code").withStatus(400));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((Problem) response.getEntity()).code()).isEqualTo("invalid_credentials");
    assertThat(((Problem) response.getEntity()).title()).isEqualTo("Bad Request");
  }

  @Test
  void retryAfterBecomesAHeaderOfAtLeastOneSecond() {
    Response later =
        mapper.toResponse(new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, "Later").retryAfter(120));
    Response now =
        mapper.toResponse(new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, "Later").retryAfter(0));

    assertThat(later.getStatus()).isEqualTo(429);
    assertThat(later.getHeaderString("Retry-After")).isEqualTo("120");
    assertThat(now.getHeaderString("Retry-After")).isEqualTo("1");
    assertThat(later.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void everyBuilderStepKeepsTheOthers() {
    DomainException e =
        new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, "Later")
            .retryAfter(5)
            .withDetails(Map.of("attempts_left", 0))
            .withStatus(403);

    assertThat(e.retryAfterSeconds()).isEqualTo(5);
    assertThat(e.details()).containsEntry("attempts_left", 0);
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.getMessage()).isEqualTo("Later");
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void theJsonBodyHasTheRfc9457MembersThenCodeAndMessage() {
    Problem problem =
        Problem.of(400, "weak_password", "Too short", Map.of("min_length", 8, "max_length", 256));

    String json = JsonbConfiguration.jsonb().toJson(problem);
    JsonObject parsed = JsonbConfiguration.jsonb().fromJson(json, JsonObject.class);

    assertThat(json).startsWith("{\"type\":\"urn:tollgate:error:weak_password\",\"title\":\"Bad Request\",\"status\":400,\"code\":\"weak_password\",\"message\":\"Too short\"");
    assertThat(parsed.getJsonObject("details").getInt("min_length")).isEqualTo(8);
    assertThat(JsonbConfiguration.jsonb().toJson(Problem.of(404, "not_found", "Not found", Map.of())))
        .doesNotContain("details");
  }
}
