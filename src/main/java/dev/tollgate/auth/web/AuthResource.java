package dev.tollgate.auth.web;

import dev.tollgate.auth.LoginCommand;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.LoginService;
import dev.tollgate.auth.SignOut;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.device.web.DeviceCookie;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject LoginService login;
  @Inject SessionService sessions;
  @Inject SignOut signOut;

  @POST
  @Path("login")
  @PermitAll
  public Response login(
      @Valid @NotNull AuthRequests.Login body,
      @CookieParam(AuthCookies.SESSION) String sid,
      @CookieParam(DeviceCookie.NAME) String device) {
    LoginOutcome outcome =
        login.login(
            new LoginCommand(body.identifier(), body.password(), body.clientId(), sid, device));
    return AuthResponses.of(outcome);
  }

  @POST
  @Path("logout")
  @PermitAll
  public Response logout(
      @CookieParam(AuthCookies.SESSION) String sid, @Context SecurityContext security) {
    var session = sessions.findActive(sid);
    if (session.isEmpty() && security.getUserPrincipal() instanceof JsonWebToken jwt) {
      session = sessions.findActiveById(java.util.UUID.fromString(jwt.getClaim("sid").toString()));
    }
    session.ifPresent(signOut::end);
    return Response.noContent()
        .cookie(AuthCookies.clearSession(), AuthCookies.clearToken())
        .build();
  }
}
