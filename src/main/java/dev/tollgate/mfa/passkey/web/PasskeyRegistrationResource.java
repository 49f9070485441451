package dev.tollgate.mfa.passkey.web;

import dev.tollgate.auth.enrollment.EnrollmentAccess;
import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.AuthResponses;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.passkey.Passkey;
import dev.tollgate.mfa.passkey.PasskeyEnrollment;
import dev.tollgate.mfa.passkey.PasskeySignInEnrollment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

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
  @Inject PasskeySignInEnrollment signInEnrollment;

  /**
   * The body is optional: {@code {"name"?}}. With an enrollment token (SPEC §4) the passkey is
   * the sign-in's user's.
   */
  @POST
  @Path("begin")
  @RolesAllowed({"user", EnrollmentAccess.ROLE})
  public RegistrationStartView begin(
      @Valid PasskeyRequests.Begin body,
      @Context SecurityContext security,
      @HeaderParam("Authorization") String authorization) {
    String name = body == null ? null : body.name();
    Optional<String> enrollmentToken = EnrollmentAccess.token(security, authorization);
    if (enrollmentToken.isPresent()) {
      return RegistrationStartView.of(signInEnrollment.begin(enrollmentToken.get(), name));
    }
    recentVerification.require(caller);
    return RegistrationStartView.of(enrollment.begin(caller.userId(), name));
  }

  /** With an enrollment token, a registered passkey finishes the sign-in: the answer is Complete. */
  @POST
  @Path("finish")
  @RolesAllowed({"user", EnrollmentAccess.ROLE})
  public Response finish(
      @QueryParam("session") String session,
      @Valid @NotNull PasskeyRequests.Finish body,
      @Context SecurityContext security,
      @HeaderParam("Authorization") String authorization) {
    Optional<String> enrollmentToken = EnrollmentAccess.token(security, authorization);
    if (enrollmentToken.isPresent()) {
      return AuthResponses.of(
          signInEnrollment.finish(enrollmentToken.get(), session, body.credential(), body.name()));
    }
    recentVerification.require(caller);
    Passkey passkey = enrollment.finish(caller.userId(), session, body.credential(), body.name());
    return Response.status(Response.Status.CREATED).entity(PasskeyView.of(passkey)).build();
  }
}
