package dev.tollgate.shared.web;

import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: logged with an id, answered with that id and nothing internal. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (JsonErrors.isJsonProblem(e)) {
      return new JsonbExceptionMapper().toResponse(null);
    }
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + errorId, e);
    return Problem.of(
            500,
            ErrorCode.INTERNAL_ERROR.code(),
            "Something went wrong on our side (error id " + errorId + ")",
            Map.of("error_id", errorId))
        .toResponse();
  }
}
