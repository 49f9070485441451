package dev.tollgate.audit.web;

import dev.tollgate.audit.AuditEvent;
import dev.tollgate.audit.AuditQuery;
import dev.tollgate.shared.Page;
import dev.tollgate.shared.web.JsonbConfiguration;
import dev.tollgate.shared.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** Administrators read the audit trail (SPEC §10). */
@Path("v1/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditQuery audit;

  @GET
  public Page<EventView> list(
      @QueryParam("user_id") String userId,
      @QueryParam("type") String type,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    Paging.Request paging = Paging.of(page, limit);
    String typeFilter = type == null || type.isBlank() ? null : type.trim();
    return audit
        .find(Paging.queryId("user_id", userId), typeFilter, paging.page(), paging.limit())
        .map(EventView::of);
  }

  /** Every key of an event is always present, null where the event has no value. */
  @JsonbNillable
  public record EventView(
      UUID id, Instant time, String type, UUID userId, UUID actorId, String ip, String userAgent,
      JsonObject details) {
    static EventView of(AuditEvent e) {
      JsonObject details =
          e.details() == null
              ? JsonObject.EMPTY_JSON_OBJECT
              : JsonbConfiguration.jsonb().fromJson(e.details(), JsonObject.class);
      return new EventView(
          e.id(), e.time(), e.type(), e.userId(), e.actorId(), e.ip(), e.userAgent(), details);
    }
  }
}
