package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {
  private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

  private static Problem problem(Response response) {
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.status()).isEqualTo(response.getStatus());
    assertThat(problem.message()).isNotBlank();
    return problem;
  }

  @Test
  void noSuchResourceIsNotFound() {
    Response response = mapper.toResponse(new NotFoundException("HTTP 404 /api/v1/secret/path"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(problem(response).code()).isEqualTo("not_found");
    assertThat(problem(response).message()).doesNotContain("/api/v1/secret");
  }

  @Test
  void aWrongMethodIsMethodNotAllowedAndKeepsTheAllowHeader() {
    Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"PUT"}));

    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(problem(response).code()).isEqualTo("method_not_allowed");
    assertThat(response.getHeaderString("Allow")).contains("GET").contains("PUT");
  }

  @Test
  void anotherMediaTypeIsUnsupported() {
    Response response = mapper.toResponse(new NotSupportedException());

    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(problem(response).code()).isEqualTo("unsupported_media_type");
  }

  @Test
  void noCredentialsIsUnauthorized() {
    Response response = mapper.toResponse(new NotAuthorizedException("Bearer"));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(problem(response).code()).isEqualTo("unauthorized");
    assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void aMissingRoleIsForbidden() {
    Response response = mapper.toResponse(new ForbiddenException());

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(problem(response).code()).isEqualTo("forbidden");
  }

  @Test
  void noAcceptableRepresentationIsNotAcceptable() {
    Response response = mapper.toResponse(new NotAcceptableException());

    assertThat(response.getStatus()).isEqualTo(406);
    assertThat(problem(response).code()).isEqualTo("not_acceptable");
  }

  @Test
  void anUnreadableJsonBodyIsInvalidJson() {
    Response response =
        mapper.toResponse(new BadRequestException(new JsonbException("Unexpected char at 3")));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem(response).code()).isEqualTo("invalid_json");
    assertThat(problem(response).message()).doesNotContain("Unexpected char");
  }

  @Test
  void anotherBadRequestIsAnInvalidParameter() {
    Response response = mapper.toResponse(new BadRequestException("page is not a number"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem(response).code()).isEqualTo("invalid_parameter");
  }

  @Test
  void aServerErrorNeverLeaksTheExceptionMessage() {
    Response response =
        mapper.toResponse(
            new WebApplicationException("jdbc:postgresql://db/prod password=hunter2", 500));

    assertThat(response.getStatus()).isEqualTo(500);
    Problem problem = problem(response);
    assertThat(problem.code()).isEqualTo("internal_error");
    assertThat(problem.message()).doesNotContain("hunter2").doesNotContain("jdbc");
    assertThat(problem.details()).containsOnlyKeys("error_id");
  }

  @Test
  void everyServerErrorBecomesAnInternalError() {
    Response internal =
        mapper.toResponse(new InternalServerErrorException("boom", new IllegalStateException("secret")));
    Response unavailable = mapper.toResponse(new ServiceUnavailableException("maintenance secret"));

    assertThat(problem(internal).code()).isEqualTo("internal_error");
    assertThat(problem(internal).message()).doesNotContain("secret").doesNotContain("boom");
    assertThat(unavailable.getStatus()).isEqualTo(500);
    assertThat(problem(unavailable).message()).doesNotContain("secret");
  }
}
