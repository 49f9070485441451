package dev.tollgate.mfa.policy;

import java.util.Optional;

/**
 * An application's {@code mfa_policy}: {@code inherit} (the global setting applies) or a level.
 * Stored and shown by its wire form.
 */
public record MfaPolicySetting(Optional<PolicyLevel> level) {
  public static final String INHERIT = "inherit";
  public static final MfaPolicySetting INHERITED = new MfaPolicySetting(Optional.empty());

  public static Optional<MfaPolicySetting> parse(String wire) {
    if (INHERIT.equals(wire)) {
      return Optional.of(INHERITED);
    }
    return PolicyLevel.parse(wire).map(level -> new MfaPolicySetting(Optional.of(level)));
  }

  public String wire() {
    return level.map(PolicyLevel::wire).orElse(INHERIT);
  }

  /** The level in force for the application, given the global one. */
  public PolicyLevel resolve(PolicyLevel global) {
    return level.orElse(global);
  }
}
