package dev.tollgate.mfa.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The MFA policy levels of SPEC §5, declared from loosest to strictest so that the declaration
 * order is the strictness order: a selector script may only move a login further down this list.
 * This enum is the one list of level names. Which methods meet a level is declared by the
 * factors themselves ({@code dev.tollgate.mfa.FactorDeclaration#meets}).
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

  /** Every wire form, loosest first: the values {@code mfa_policy} takes. */
  public static List<String> wires() {
    return Arrays.stream(values()).map(PolicyLevel::wire).toList();
  }

  public static PolicyLevel strictest(PolicyLevel a, PolicyLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public boolean isStricterThan(PolicyLevel other) {
    return compareTo(other) > 0;
  }
}
