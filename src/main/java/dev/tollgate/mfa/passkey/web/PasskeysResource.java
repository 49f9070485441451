package dev.tollgate.mfa.passkey.web;

import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.passkey.Passkeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in user's passkeys: a bare array (SPEC §3), rename, remove. Rename and remove first
 * pass the recent-verification check of SPEC §9.
 */
@Path("v1/mfa/passkeys")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasskeysResource {
  @Inject Caller caller;
  @Inject RecentVerification recentVerification;
  @Inject Passkeys passkeys;

  @GET
  public List<PasskeyView> list() {
    return passkeys.list(caller.userId()).stream().map(PasskeyView::of).toList();
  }

  @PATCH
  @Path("{id}")
  public PasskeyView rename(@PathParam("id") String id, @Valid @NotNull PasskeyRequests.Rename body) {
    recentVerification.require(caller);
    return PasskeyView.of(passkeys.rename(caller.userId(), id, body.name()));
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    recentVerification.require(caller);
    passkeys.remove(caller.userId(), id);
    return Response.noContent().build();
  }
}
