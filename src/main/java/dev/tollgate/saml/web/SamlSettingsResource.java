package dev.tollgate.saml.web;

import dev.tollgate.saml.SamlEndpoints;
import dev.tollgate.saml.SamlSettingsCommand;
import dev.tollgate.saml.SamlSettingsService;
import dev.tollgate.shared.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET/PUT /api/v1/applications/{id}/saml}: an application's SAML settings (admins). */
@Path("v1/applications/{id}/saml")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SamlSettingsResource {
  @Inject SamlSettingsService settings;
  @Inject SamlEndpoints endpoints;

  @GET
  public SamlSettingsView get(@PathParam("id") String id) {
    return SamlSettingsView.of(settings.get(Paging.pathId(id, "Application")), endpoints);
  }

  @PUT
  public SamlSettingsView put(@PathParam("id") String id, @Valid @NotNull SamlSettingsCommand body) {
    return SamlSettingsView.of(settings.put(Paging.pathId(id, "Application"), body), endpoints);
  }
}
