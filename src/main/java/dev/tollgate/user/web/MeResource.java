package dev.tollgate.user.web;

import dev.tollgate.auth.web.Caller;
import dev.tollgate.user.Passwords;
import dev.tollgate.user.UserCommands;
import dev.tollgate.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in user's own account. */
@Path("v1/me")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
  @Inject Caller caller;
  @Inject UserService users;
  @Inject Passwords passwords;

  @GET
  public UserView me() {
    return UserView.of(users.get(caller.userId()));
  }

  @PUT
  @Path("password")
  public Response changePassword(@Valid @NotNull UserCommands.ChangePassword body) {
    users.changePassword(caller.userId(), body, caller.sessionId());
    return Response.noContent().build();
  }

  @GET
  @Path("password-policy")
  public Passwords.PasswordPolicy passwordPolicy() {
    return passwords.policy();
  }
}
