package dev.tollgate.mfa.totp.web;

import dev.tollgate.auth.enrollment.EnrollmentAccess;
import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.AuthResponses;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.mfa.totp.TotpSignInEnrollment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * The caller's authenticator app (SPEC §6). Every change first passes the recent-verification
 * check of SPEC §9 (a user without any factor passes it).
 */
@Path("v1/mfa/totp")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class TotpResource {
  @Inject Caller caller;
  @Inject RecentVerification recentVerification;
  @Inject TotpEnrollment enrollment;
  @Inject TotpSignInEnrollment signInEnrollment;

  public record EnrollBody(String secret, String qrCodeUri, String qrCodePng) {}

  public record ConfirmBody(boolean enrolled) {}

  /** With an enrollment token (SPEC §4) the enrollment is the sign-in's, not the caller's. */
  @POST
  @Path("enroll")
  @RolesAllowed({"user", EnrollmentAccess.ROLE})
  public EnrollBody enroll(
      @Context SecurityContext security, @HeaderParam("Authorization") String authorization) {
    Optional<String> enrollmentToken = EnrollmentAccess.token(security, authorization);
    TotpEnrollment.Started started;
    if (enrollmentToken.isPresent()) {
      started = signInEnrollment.start(enrollmentToken.get());
    } else {
      recentVerification.require(caller);
      started = enrollment.start(caller.userId());
    }
    return new EnrollBody(started.secret().base32(), started.uri(), started.qrPng());
  }

  /** With an enrollment token, a right code finishes the sign-in: the answer is Complete. */
  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"user", EnrollmentAccess.ROLE})
  public Response confirm(
      @Valid @NotNull TotpRequests.Confirm body,
      @Context SecurityContext security,
      @HeaderParam("Authorization") String authorization) {
    Optional<String> enrollmentToken = EnrollmentAccess.token(security, authorization);
    if (enrollmentToken.isPresent()) {
      return AuthResponses.of(signInEnrollment.confirm(enrollmentToken.get(), body.code()));
    }
    recentVerification.require(caller);
    enrollment.confirm(caller.userId(), body.code());
    return Response.ok(new ConfirmBody(true)).build();
  }

  @DELETE
  public Response remove() {
    recentVerification.require(caller);
    enrollment.remove(caller.userId());
    return Response.noContent().build();
  }
}
