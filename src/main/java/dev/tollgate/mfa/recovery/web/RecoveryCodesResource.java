package dev.tollgate.mfa.recovery.web;

import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.recovery.RecoveryCodes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The caller's recovery codes. Generating and deleting are changes to the user's factors: the
 * recent-verification check comes first, as for every factor.
 */
@Path("v1/mfa/recovery-codes")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class RecoveryCodesResource {
  @Inject Caller caller;
  @Inject RecentVerification recentVerification;
  @Inject RecoveryCodes codes;

  /** The new set, shown this once. */
  public record GeneratedBody(List<String> codes, Instant createdAt) {
    @Override
    public String toString() {
      return "GeneratedBody[codes=redacted]";
    }
  }

  @POST
  public Response generate() {
    recentVerification.require(caller);
    RecoveryCodes.Generated generated = codes.generate(caller.userId());
    return Response.status(Response.Status.CREATED)
        .entity(new GeneratedBody(generated.codes(), generated.createdAt()))
        .build();
  }

  @DELETE
  public Response delete() {
    recentVerification.require(caller);
    codes.delete(caller.userId());
    return Response.noContent().build();
  }
}
