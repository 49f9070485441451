package dev.tollgate.mfa.totp.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the TOTP endpoints; codes and tokens never appear in logs. */
public final class TotpRequests {
  private TotpRequests() {}

  public record Confirm(@NotNull @Size(max = 16) String code) {
    @Override
    public String toString() {
      return "Confirm[code=redacted]";
    }
  }

  public record Answer(@NotNull @Size(max = 128) String mfaToken, @NotNull @Size(max = 16) String code) {
    @Override
    public String toString() {
      return "Answer[redacted]";
    }
  }
}
