package dev.tollgate.shared.web;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    Response.ResponseBuilder builder =
        Response.fromResponse(
            Problem.of(e.status(), e.code().code(), e.getMessage(), e.details()).toResponse());
    if (e.retryAfterSeconds() != null) {
      builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
    }
    return builder.build();
  }
}
