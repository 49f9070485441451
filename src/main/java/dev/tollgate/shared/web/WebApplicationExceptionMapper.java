package dev.tollgate.shared.web;

import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The framework's own refusals (no such path, wrong method, unreadable body, missing role) in
 * the same problem+json shape as ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(e);
    }
    ErrorCode code = codeFor(status, e);
    Response problem = Problem.of(status, code.code(), messageFor(code), Map.of()).toResponse();
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) {
      builder.header("Allow", allow);
    }
    if (status == 401) {
      builder.header("WWW-Authenticate", "Bearer"); // RFC 9110 §15.5.2: a 401 names its scheme
    }
    return builder.build();
  }

  private static ErrorCode codeFor(int status, WebApplicationException e) {
    return switch (status) {
      case 400 -> JsonErrors.isJsonProblem(e) ? ErrorCode.INVALID_JSON : ErrorCode.INVALID_PARAMETER;
      case 401 -> ErrorCode.UNAUTHORIZED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorCode.INVALID_PARAMETER;
    };
  }

  private static String messageFor(ErrorCode code) {
    return switch (code) {
      case INVALID_JSON -> "The request body is not valid JSON of the expected shape";
      case INVALID_PARAMETER -> "A request parameter is not valid";
      case UNAUTHORIZED -> "Authentication is required";
      case FORBIDDEN -> "You are not allowed to do this";
      case NOT_FOUND -> "Not found";
      case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource";
      case NOT_ACCEPTABLE -> "No acceptable representation";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
      default -> "The request was refused";
    };
  }
}
