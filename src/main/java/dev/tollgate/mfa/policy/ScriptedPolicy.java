package dev.tollgate.mfa.policy;

import java.time.Duration;
import java.util.Optional;

/**
 * An application's MFA policy as SPEC §5 defines it: the static setting, the optional selector
 * script, whether a failing script lets the static policy apply ({@code mfa_script_fail_open}),
 * and the script's time limit.
 */
public record ScriptedPolicy(
    MfaPolicySetting setting, Optional<String> script, boolean failOpen, int timeoutMs) {
  public static final int DEFAULT_TIMEOUT_MS = 1000;
  public static final int MIN_TIMEOUT_MS = 10;
  public static final int MAX_TIMEOUT_MS = 10_000;

  public ScriptedPolicy {
    if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
      throw new IllegalArgumentException("mfa_script_timeout_ms out of range: " + timeoutMs);
    }
    script = script.filter(text -> !text.isBlank());
  }

  public Duration timeout() {
    return Duration.ofMillis(timeoutMs);
  }
}
