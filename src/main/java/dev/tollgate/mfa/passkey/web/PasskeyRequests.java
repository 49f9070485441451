package dev.tollgate.mfa.passkey.web;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the passkey endpoints. Names are checked fully by PasskeyName. */
public final class PasskeyRequests {
  private PasskeyRequests() {}

  public record Begin(@Size(max = 100) String name) {}

  /** {@code credential} is the browser's RegistrationResponseJSON, passed on untouched. */
  public record Finish(@NotNull JsonObject credential, @Size(max = 100) String name) {
    @Override
    public String toString() {
      return "Finish[" + name + "]";
    }
  }

  public record Rename(@NotNull @Size(max = 100) String name) {}
}
