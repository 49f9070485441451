package dev.tollgate.mfa.passkey.web;

import dev.tollgate.auth.web.AuthResponses;
import dev.tollgate.mfa.passkey.PasskeyStep;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The second step with a passkey (SPEC §4): completes a sign-in or a step-up. */
@Path("v1/auth/mfa/passkey")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasskeyStepResource {
  @Inject PasskeyStep step;

  /** {@code {"publicKey": PublicKeyCredentialRequestOptionsJSON}}. */
  public record BeginBody(@JsonbProperty("publicKey") JsonObject publicKey) {}

  @POST
  @Path("begin")
  public BeginBody begin(@Valid @NotNull PasskeyStepRequests.Begin body) {
    return new BeginBody(step.begin(body.mfaToken()));
  }

  @POST
  @Path("finish")
  public Response finish(@Valid @NotNull PasskeyStepRequests.Finish body) {
    return AuthResponses.of(step.finish(body.mfaToken(), body.credential()));
  }
}
