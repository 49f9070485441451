package dev.tollgate.mfa.recovery.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the recovery-code endpoints; codes and tokens never appear in logs. */
public final class RecoveryCodeRequests {
  private RecoveryCodeRequests() {}

  public record Answer(
      @NotNull @Size(max = 128) String mfaToken, @NotNull @Size(max = 64) String code) {
    @Override
    public String toString() {
      return "Answer[redacted]";
    }
  }
}
