package dev.tollgate.user.web;

import dev.tollgate.shared.Page;
import dev.tollgate.shared.web.Paging;
import dev.tollgate.user.User;
import dev.tollgate.user.UserCommands;
import dev.tollgate.user.UserService;
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

/** Administrators manage accounts (SPEC §10). */
@Path("v1/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
  @Inject UserService users;

  @POST
  public Response create(@Valid @NotNull UserCommands.CreateUser body, @Context UriInfo uri) {
    User user = users.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(user.id().toString()).build())
        .entity(UserView.of(user))
        .build();
  }

  @GET
  public Page<UserView> list(
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("search") String search) {
    Paging.Request paging = Paging.of(page, limit);
    return users.list(search, paging.page(), paging.limit()).map(UserView::of);
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") String id) {
    return UserView.of(users.get(Paging.pathId(id, "User")));
  }

  @PUT
  @Path("{id}")
  public UserView update(
      @PathParam("id") String id, @Valid @NotNull UserCommands.UpdateUser body) {
    return UserView.of(users.update(Paging.pathId(id, "User"), body));
  }

  /** Removes every factor and trusted device of the user and ends their sessions. */
  @POST
  @Path("{id}/mfa/reset")
  @Consumes(MediaType.WILDCARD)
  public Response resetMfa(@PathParam("id") String id) {
    users.resetMfa(Paging.pathId(id, "User"));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    users.delete(Paging.pathId(id, "User"));
    return Response.noContent().build();
  }
}
