package dev.tollgate.mfa.policy;

import dev.tollgate.mfa.policy.script.ScriptRun;
import java.util.Optional;

/**
 * The answer to "what does this user need for this application now?": the static level, the
 * effective one (the strictest of the static level and the script's), what the sign-in needs,
 * the re-verification interval in force in minutes (0: once per session), and the script run,
 * when there was one. A failed run appears here only when the application fails open.
 */
public record PolicyDecision(
    PolicyLevel staticLevel,
    PolicyLevel effectiveLevel,
    Requirement requirement,
    int reauthIntervalMinutes,
    Optional<ScriptRun> script) {}
