package dev.tollgate.mfa.passkey.web;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the passkey second step; tokens never appear in logs. */
public final class PasskeyStepRequests {
  private PasskeyStepRequests() {}

  public record Begin(@NotNull @Size(max = 128) String mfaToken) {
    @Override
    public String toString() {
      return "Begin[redacted]";
    }
  }

  /** {@code credential} is the browser's AuthenticationResponseJSON, passed on untouched. */
  public record Finish(@NotNull @Size(max = 128) String mfaToken, @NotNull JsonObject credential) {
    @Override
    public String toString() {
      return "Finish[redacted]";
    }
  }
}
