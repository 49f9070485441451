package dev.tollgate.shared.web;

import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Malformed JSON or a value of the wrong type: 400 {@code invalid_json}. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException e) {
    return Problem.of(
            400,
            ErrorCode.INVALID_JSON.code(),
            "The request body is not valid JSON of the expected shape",
            Map.of())
        .toResponse();
  }
}
