package dev.tollgate.mfa.web;

import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.passkey.PasskeyFactor;
import dev.tollgate.mfa.recovery.RecoveryCodes;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
  @Inject RecoveryCodes recoveryCodes;

  /** {@code created_at} is left out while no app is confirmed. */
  public record TotpView(boolean enrolled, Instant createdAt) {}

  /** The current set: codes not used yet, and when it was made. */
  public record RecoveryCodesView(int remaining, Instant createdAt) {}

  /** {@code recovery_codes} is {@code null} (not left out) while the user has no set. */
  @JsonbNillable
  public record Overview(
      List<String> allowedMethods, TotpView totp, int passkeys, RecoveryCodesView recoveryCodes) {}

  @GET
  public Overview overview() {
    TotpEnrollment.Status status = totp.status(caller.userId());
    return new Overview(
        List.copyOf(settings.current().mfaAllowedMethods()),
        new TotpView(status.enrolled(), status.createdAt()),
        factors.enrolledCount(PasskeyFactor.METHOD, caller.userId()),
        recoveryCodes.status(caller.userId())
            .map(set -> new RecoveryCodesView(set.remaining(), set.createdAt()))
            .orElse(null));
  }
}
