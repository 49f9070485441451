package dev.tollgate.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The error body of SPEC §3: RFC 9457 members plus JustIAM's {@code code} and {@code message}.
 */
@JsonbPropertyOrder({"type", "title", "status", "code", "message", "details"})
public record Problem(
    String type, String title, int status, String code, String message, Map<String, Object> details) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Problem of(int status, String code, String message, Map<String, Object> details) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    return new Problem(
        "urn:tollgate:error:" + code, title, status, code, message,
        details == null || details.isEmpty() ? null : details);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
