package dev.tollgate.mfa.totp.web;

import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.totp.TotpEnrollment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

  public record EnrollBody(String secret, String qrCodeUri, String qrCodePng) {}

  public record ConfirmBody(boolean enrolled) {}

  @POST
  @Path("enroll")
  public EnrollBody enroll() {
    recentVerification.require(caller);
    TotpEnrollment.Started started = enrollment.start(caller.userId());
    return new EnrollBody(started.secret().base32(), started.uri(), started.qrPng());
  }

  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConfirmBody confirm(@Valid @NotNull TotpRequests.Confirm body) {
    recentVerification.require(caller);
    enrollment.confirm(caller.userId(), body.code());
    return new ConfirmBody(true);
  }

  @DELETE
  public Response remove() {
    recentVerification.require(caller);
    enrollment.remove(caller.userId());
    return Response.noContent().build();
  }
}
