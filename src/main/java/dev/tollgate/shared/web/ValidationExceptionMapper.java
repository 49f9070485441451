package dev.tollgate.shared.web;

import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures on request bodies and parameters: 400 naming each bad field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    Map<String, Object> fields = new TreeMap<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      fields.putIfAbsent(fieldName(violation.getPropertyPath()), violation.getMessage());
    }
    String message =
        fields.isEmpty()
            ? "The request is not valid"
            : "Invalid request: "
                + fields.entrySet().stream()
                    .map(f -> f.getKey() + " " + f.getValue())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
    return Problem.of(
            ErrorCode.VALIDATION_FAILED.status(),
            ErrorCode.VALIDATION_FAILED.code(),
            message,
            Map.of("fields", fields))
        .toResponse();
  }

  /** {@code create.arg0.email} → {@code email}; a null body → {@code body}. */
  private static String fieldName(Path path) {
    String last = null;
    int depth = 0;
    for (Path.Node node : path) {
      depth++;
      last = node.getName();
    }
    return depth <= 2 || last == null ? "body" : JsonNames.snakeCase(last);
  }
}
