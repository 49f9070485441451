package dev.tollgate.auth.mfa.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.auth.web.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Step-up (SPEC §9): a signed-in user gets an mfa_token for their own session, answered at the
 * usual second-step endpoints, which then renew the session's verification time.
 */
@Path("v1/auth/step-up")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class StepUpResource {
  @Inject Caller caller;
  @Inject SecondStep secondStep;

  public record StepUpBody(String mfaToken, List<String> methods, long expiresIn) {}

  @POST
  public StepUpBody stepUp() {
    LoginOutcome.MfaRequired challenge =
        secondStep.challengeStepUp(caller.userId(), caller.sessionId());
    return new StepUpBody(challenge.mfaToken(), challenge.methods(), challenge.expiresInSeconds());
  }
}
