package dev.tollgate.mfa.totp.web;

import dev.tollgate.auth.web.AuthResponses;
import dev.tollgate.mfa.totp.TotpStep;
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

/** The second step with a TOTP code (SPEC §4): completes a sign-in or a step-up. */
@Path("v1/auth/mfa/totp")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TotpStepResource {
  @Inject TotpStep step;

  @POST
  public Response answer(@Valid @NotNull TotpRequests.Answer body) {
    return AuthResponses.of(step.answer(body.mfaToken(), body.code()));
  }
}
