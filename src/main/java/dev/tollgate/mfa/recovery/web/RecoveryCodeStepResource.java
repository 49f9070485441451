package dev.tollgate.mfa.recovery.web;

import dev.tollgate.auth.web.AuthResponses;
import dev.tollgate.mfa.recovery.RecoveryCodeStep;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The second step with a recovery code: completes a sign-in (with
 * {@code recovery_codes_remaining}) or a step-up, or, under a level a code does not meet, moves
 * the sign-in on to the enrollment that level requires.
 */
@Path("v1/auth/mfa/recovery-code")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecoveryCodeStepResource {
  @Inject RecoveryCodeStep step;

  @POST
  public Response answer(@Valid @NotNull RecoveryCodeRequests.Answer body) {
    return AuthResponses.of(step.answer(body.mfaToken(), body.code()));
  }
}
