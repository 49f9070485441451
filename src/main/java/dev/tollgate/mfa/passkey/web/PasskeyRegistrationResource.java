package dev.tollgate.mfa.passkey.web;

import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.passkey.Passkey;
import dev.tollgate.mfa.passkey.PasskeyEnrollment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Registering a passkey for the signed-in user (SPEC §7). Both steps first pass the
 * recent-verification check of SPEC §9 (a user without any factor passes it).
 */
@Path("v1/mfa/passkey/register")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasskeyRegistrationResource {
  @Inject Caller caller;
  @Inject RecentVerification recentVerification;
  @Inject PasskeyEnrollment enrollment;

  /** The body is optional: {@code {"name"?}}. */
  @POST
  @Path("begin")
  public RegistrationStartView begin(@Valid PasskeyRequests.Begin body) {
    recentVerification.require(caller);
    String name = body == null ? null : body.name();
    return RegistrationStartView.of(enrollment.begin(caller.userId(), name));
  }

  @POST
  @Path("finish")
  public Response finish(
      @QueryParam("session") String session, @Valid @NotNull PasskeyRequests.Finish body) {
    recentVerification.require(caller);
    Passkey passkey = enrollment.finish(caller.userId(), session, body.credential(), body.name());
    return Response.status(Response.Status.CREATED).entity(PasskeyView.of(passkey)).build();
  }
}
