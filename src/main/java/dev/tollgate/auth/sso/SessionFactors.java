package dev.tollgate.auth.sso;

import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.policy.StaticPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which second-factor methods a session has verified, read from its amr (RFC 8176 values the
 * factors record): {@code otp} is TOTP, {@code hwk} or {@code swk} a passkey. A session without
 * {@code mfa_verified_at} has verified none, whatever its amr says.
 */
final class SessionFactors {
  private static final Map<String, List<String>> AMR_OF_METHOD =
      Map.of(StaticPolicy.TOTP, List.of("otp"), StaticPolicy.PASSKEY, List.of("hwk", "swk"));

  private SessionFactors() {}

  static boolean verifiedAnyOf(SsoSession session, Collection<String> methods) {
    if (session.mfaVerifiedAt().isEmpty()) {
      return false;
    }
    List<String> amr = session.amr();
    return methods.stream()
        .flatMap(method -> AMR_OF_METHOD.getOrDefault(method, List.of()).stream())
        .anyMatch(amr::contains);
  }
}
