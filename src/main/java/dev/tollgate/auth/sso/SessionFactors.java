package dev.tollgate.auth.sso;

import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.FactorCatalogue;
import java.util.Collection;
import java.util.List;

/**
 * Which second-factor methods a session has verified, read from its amr with the factors'
 * declarations (each declares the amr values it yields). A session without
 * {@code mfa_verified_at} has verified none, whatever its amr says.
 */
final class SessionFactors {
  private SessionFactors() {}

  static List<String> verified(FactorCatalogue factors, SsoSession session) {
    return session.mfaVerifiedAt().isEmpty() ? List.of() : factors.shownBy(session.amr());
  }

  static boolean verifiedAnyOf(
      FactorCatalogue factors, SsoSession session, Collection<String> methods) {
    return verified(factors, session).stream().anyMatch(methods::contains);
  }
}
