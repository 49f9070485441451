package dev.tollgate.settings.web;

import dev.tollgate.auth.web.Caller;
import dev.tollgate.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.json.JsonObject;
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

  @PUT
  public JsonObject update(@NotNull JsonObject changes) {
    return settings.update(changes, caller.userId()).toJson();
  }
}
