package dev.tollgate.settings.web;

import dev.tollgate.auth.web.Caller;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Administrators read and override runtime settings (SPEC §2, §10). */
@Path("v1/settings")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @Inject Settings settings;
  @Inject Caller caller;

  @GET
  public JsonObject get() {
    return settings.current().toJson();
  }

  /** Any JSON value is read, so that an array or null is our 400, not a failure inside Jersey. */
  @PUT
  public JsonObject update(JsonValue changes) {
    if (!(changes instanceof JsonObject object)) {
      throw new DomainException(ErrorCode.INVALID_JSON, "The body must be a JSON object of settings");
    }
    return settings.update(object, caller.userId()).toJson();
  }
}
