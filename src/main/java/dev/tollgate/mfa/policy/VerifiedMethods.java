package dev.tollgate.mfa.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which second-factor methods an {@code amr} shows were verified (the RFC 8176 values the factors
 * record): {@code otp} is TOTP, {@code hwk} or {@code swk} a passkey.
 */
public final class VerifiedMethods {
  private static final Map<String, List<String>> AMR_OF_METHOD =
      Map.of(StaticPolicy.TOTP, List.of("otp"), StaticPolicy.PASSKEY, List.of("hwk", "swk"));

  private VerifiedMethods() {}

  /** The methods {@code amr} shows, in the canonical order of {@link StaticPolicy#METHODS}. */
  public static List<String> of(Collection<String> amr) {
    return StaticPolicy.METHODS.stream()
        .filter(method -> AMR_OF_METHOD.get(method).stream().anyMatch(amr::contains))
        .toList();
  }

  /** The method that meets the strictest level among those {@code amr} shows. */
  public static Optional<String> strongest(Collection<String> amr) {
    List<String> methods = of(amr);
    PolicyLevel level = PolicyLevel.strictestMetBy(methods);
    return methods.stream().filter(level::isMetBy).reduce((first, second) -> second);
  }
}
