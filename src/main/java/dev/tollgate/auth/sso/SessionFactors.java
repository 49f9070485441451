package dev.tollgate.auth.sso;

import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.policy.VerifiedMethods;
import java.util.Collection;
import java.util.List;

/**
 * Which second-factor methods a session has verified, read from its amr. A session without
 * {@code mfa_verified_at} has verified none, whatever its amr says.
 */
final class SessionFactors {
  private SessionFactors() {}

  static List<String> verified(SsoSession session) {
    return session.mfaVerifiedAt().isEmpty() ? List.of() : VerifiedMethods.of(session.amr());
  }

  static boolean verifiedAnyOf(SsoSession session, Collection<String> methods) {
    return verified(session).stream().anyMatch(methods::contains);
  }
}
