package dev.tollgate.mfa.policy.script;

import dev.tollgate.mfa.policy.PolicyLevel;
import java.time.Duration;
import java.util.Optional;

/**
 * One run of a selector script: the level it chose and the interval it asked for, or why it
 * failed. {@code result} is the string {@code evaluate(ctx)} returned, kept even when it names no
 * level, so an administrator's dry run shows what the script said.
 */
public record ScriptRun(
    String result, PolicyLevel level, Integer reauthInterval, Failure failure, String error,
    Duration duration) {

  /** Why a run produced no level. Every kind is a failure of the same weight (SPEC §5). */
  public enum Failure {
    /** The script does not parse, or does not define {@code evaluate}. */
    INVALID_SCRIPT,
    /** The script threw. */
    THREW,
    /** It ran past {@code mfa_script_timeout_ms}; the context was cancelled. */
    TIMEOUT,
    /** It ran past the statement limit or allocated past the memory budget (the watchdog). */
    RESOURCE_LIMIT,
    /** A non-string, an unknown level, or a bad {@code reauthInterval}. */
    INVALID_RESULT,
    /** The engine itself failed; logged with its stack trace, shown without it. */
    INTERNAL;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static ScriptRun selected(String result, PolicyLevel level, Integer interval, Duration took) {
    return new ScriptRun(result, level, interval, null, null, took);
  }

  static ScriptRun failed(String result, Failure failure, String error, Duration took) {
    return new ScriptRun(result, null, null, failure, error, took);
  }

  public boolean failed() {
    return failure != null;
  }

  public Optional<PolicyLevel> selectedLevel() {
    return Optional.ofNullable(level);
  }
}
