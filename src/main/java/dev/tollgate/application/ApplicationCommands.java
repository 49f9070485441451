package dev.tollgate.application;

import dev.tollgate.mfa.policy.ScriptedPolicy;
import dev.tollgate.mfa.policy.script.ScriptSandbox;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request bodies of the applications API, validated before the service sees them. */
public final class ApplicationCommands {
  private ApplicationCommands() {}

  public record CreateApplication(
      @NotBlank @Size(max = 200) String name,
      @NotNull String type,
      @Size(max = RedirectUris.MAX_COUNT) List<String> redirectUris,
      String mfaPolicy,
      @Size(max = ScriptSandbox.MAX_SCRIPT_LENGTH) String mfaSelectorScript,
      Boolean mfaScriptFailOpen,
      @Min(ScriptedPolicy.MIN_TIMEOUT_MS) @Max(ScriptedPolicy.MAX_TIMEOUT_MS) Integer mfaScriptTimeoutMs) {}

  /**
   * Only the fields present change; an empty {@code mfa_selector_script} removes the script.
   * {@code type} may be repeated but not changed (it decides the client's credentials).
   */
  public record UpdateApplication(
      @Size(min = 1, max = 200) String name,
      String type,
      @Size(max = RedirectUris.MAX_COUNT) List<String> redirectUris,
      String mfaPolicy,
      @Size(max = ScriptSandbox.MAX_SCRIPT_LENGTH) String mfaSelectorScript,
      Boolean mfaScriptFailOpen,
      @Min(ScriptedPolicy.MIN_TIMEOUT_MS) @Max(ScriptedPolicy.MAX_TIMEOUT_MS) Integer mfaScriptTimeoutMs) {}

  /** A dry run of the stored script, or of {@code script} when given, against a real user. */
  public record TestScript(
      @NotBlank @Size(max = 36) String userId,
      @Size(max = ScriptSandbox.MAX_SCRIPT_LENGTH) String script) {}
}
