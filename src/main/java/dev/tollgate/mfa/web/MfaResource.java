package dev.tollgate.mfa.web;

import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.auth.web.Caller;
import dev.tollgate.mfa.passkey.PasskeyFactor;
import dev.tollgate.mfa.recovery.RecoveryCodeStore;
import dev.tollgate.mfa.recovery.RecoveryCodes;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's second factors at a glance (GET /api/v1/mfa):
 * {@code {"allowed_methods", "totp": {"enrolled", "created_at"}, "passkeys", "recovery_codes"}}.
 * Written with JSON-P because {@code recovery_codes} is {@code null}, not left out, while the
 * user has no set (JSON-B leaves every null out here), whereas {@code totp.created_at} is left
 * out while no app is confirmed.
 */
@Path("v1/mfa")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {
  @Inject Caller caller;
  @Inject Settings settings;
  @Inject TotpEnrollment totp;
  @Inject SecondFactors factors;
  @Inject RecoveryCodes recoveryCodes;

  @GET
  public JsonObject overview() {
    UUID me = caller.userId();
    JsonObjectBuilder overview =
        Json.createObjectBuilder()
            .add("allowed_methods", Json.createArrayBuilder(settings.current().mfaAllowedMethods()))
            .add("totp", totp(totp.status(me)))
            .add("passkeys", factors.enrolledCount(PasskeyFactor.METHOD, me));
    Optional<RecoveryCodeStore.Status> set = recoveryCodes.status(me);
    if (set.isPresent()) {
      overview.add(
          "recovery_codes",
          Json.createObjectBuilder()
              .add("remaining", set.get().remaining())
              .add("created_at", set.get().createdAt().toString()));
    } else {
      overview.addNull("recovery_codes");
    }
    return overview.build();
  }

  private static JsonObjectBuilder totp(TotpEnrollment.Status status) {
    JsonObjectBuilder totp = Json.createObjectBuilder().add("enrolled", status.enrolled());
    if (status.createdAt() != null) {
      totp.add("created_at", status.createdAt().toString());
    }
    return totp;
  }
}
