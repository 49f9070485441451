package dev.tollgate.mfa.web;

import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The caller's second factors at a glance (SPEC §7, GET /api/v1/mfa). */
@Path("v1/mfa")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {
  @Inject Caller caller;
  @Inject Settings settings;
  @Inject TotpEnrollment totp;
  @Inject SecondFactors factors;

  /** {@code created_at} is left out while no app is confirmed. */
  public record TotpView(boolean enrolled, Instant createdAt) {}

  public record Overview(List<String> allowedMethods, TotpView totp, int passkeys) {}

  @GET
  public Overview overview() {
    TotpEnrollment.Status status = totp.status(caller.userId());
    return new Overview(
        List.copyOf(settings.current().mfaAllowedMethods()),
        new TotpView(status.enrolled(), status.createdAt()),
        factors.enrolledCount("passkey", caller.userId()));
  }
}
