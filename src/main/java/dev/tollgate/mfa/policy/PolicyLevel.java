package dev.tollgate.mfa.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The MFA policy levels of SPEC §5, declared from loosest to strictest so that the declaration
 * order is the strictness order: a selector script may only move a login further down this list.
 */
public enum PolicyLevel {
  DISABLED,
  OPTIONAL,
  ANY,
  OTP,
  PASSKEY;

  /** The wire form: {@code disabled}, {@code otp}, ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named exactly by its wire form; anything else (other case, blanks) is empty. */
  public static Optional<PolicyLevel> parse(String wire) {
    for (PolicyLevel level : values()) {
      if (level.wire().equals(wire)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public static PolicyLevel strictest(PolicyLevel a, PolicyLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public boolean isStricterThan(PolicyLevel other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether a verification by {@code method} meets this level: any method meets {@code any} and
   * the looser levels; {@code otp} needs an authenticator app, {@code passkey} a passkey.
   */
  public boolean isMetBy(String method) {
    return switch (this) {
      case DISABLED, OPTIONAL, ANY -> true;
      case OTP -> StaticPolicy.TOTP.equals(method);
      case PASSKEY -> StaticPolicy.PASSKEY.equals(method);
    };
  }

  /**
   * The strictest level the verified {@code methods} meet (what a token may claim as its
   * {@code acr}): {@code passkey}, {@code otp}, {@code any} for another method, {@code disabled}
   * when nothing was verified.
   */
  public static PolicyLevel strictestMetBy(java.util.Collection<String> methods) {
    for (PolicyLevel level : List.of(PASSKEY, OTP, ANY)) {
      if (methods.stream().anyMatch(level::isMetBy)) {
        return level;
      }
    }
    return DISABLED;
  }
}
