package dev.tollgate.application.web;

import dev.tollgate.application.Application;
import dev.tollgate.application.ApplicationCommands;
import dev.tollgate.application.ApplicationService;
import dev.tollgate.application.ScriptDryRun;
import dev.tollgate.saml.SamlEndpoints;
import dev.tollgate.saml.SamlSettings;
import dev.tollgate.saml.SamlSettingsService;
import dev.tollgate.saml.web.SamlSettingsView;
import dev.tollgate.shared.Page;
import dev.tollgate.shared.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;

/** Administrators manage applications and try their selector scripts (SPEC §5, §10). */
@Path("v1/applications")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {
  @Inject ApplicationService applications;
  @Inject ScriptDryRun dryRun;
  @Inject SamlSettingsService samlSettings;
  @Inject SamlEndpoints samlEndpoints;

  private ApplicationView withSaml(Application application) {
    return ApplicationView.of(application, samlView(samlSettings.find(application.id()).orElse(null)));
  }

  private SamlSettingsView samlView(SamlSettings settings) {
    return settings == null ? null : SamlSettingsView.of(settings, samlEndpoints);
  }

  @POST
  public Response create(
      @Valid @NotNull ApplicationCommands.CreateApplication body, @Context UriInfo uri) {
    ApplicationService.Created created = applications.create(body);
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.application().id().toString()).build())
        .header("Cache-Control", "no-store")
        .entity(CreatedApplicationView.of(created))
        .build();
  }

  @GET
  public Page<ApplicationView> list(
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("search") String search) {
    Paging.Request paging = Paging.of(page, limit);
    Page<Application> found = applications.list(search, paging.page(), paging.limit());
    Map<UUID, SamlSettings> saml =
        samlSettings.findAll(found.data().stream().map(Application::id).toList());
    return found.map(a -> ApplicationView.of(a, samlView(saml.get(a.id()))));
  }

  @GET
  @Path("{id}")
  public ApplicationView get(@PathParam("id") String id) {
    return withSaml(applications.get(Paging.pathId(id, "Application")));
  }

  @PUT
  @Path("{id}")
  public ApplicationView update(
      @PathParam("id") String id, @Valid @NotNull ApplicationCommands.UpdateApplication body) {
    return withSaml(applications.update(Paging.pathId(id, "Application"), body));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    applications.delete(Paging.pathId(id, "Application"));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/mfa-script/test")
  public ScriptDryRun.Result testScript(
      @PathParam("id") String id, @Valid @NotNull ApplicationCommands.TestScript body) {
    return dryRun.test(Paging.pathId(id, "Application"), body);
  }
}
