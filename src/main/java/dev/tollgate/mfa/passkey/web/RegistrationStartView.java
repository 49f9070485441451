package dev.tollgate.mfa.passkey.web;

import dev.tollgate.mfa.passkey.PasskeyEnrollment;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code {"session", "publicKey"}}: WebAuthn's own member name, not snake_case. */
@JsonbPropertyOrder({"session", "publicKey"})
public record RegistrationStartView(String session, @JsonbProperty("publicKey") JsonObject publicKey) {
  public static RegistrationStartView of(PasskeyEnrollment.Start start) {
    return new RegistrationStartView(start.session(), start.publicKey());
  }
}
