package dev.tollgate.mfa.recovery;

import dev.tollgate.auth.mfa.SecondFactor;
import dev.tollgate.mfa.FactorDeclaration;
import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Recovery codes as the sign-in flow sees them, declared as a fallback: offered beside the
 * user's factors while unused codes are left, a one-time password (amr {@code otp}) that meets
 * the levels up to {@code otp}; under {@code passkey} it passes the step and the sign-in goes on
 * to the enrollment of a passkey. Never a factor of its own, never in
 * {@code mfa_allowed_methods}, never enrolled with an enrollment token.
 */
@ApplicationScoped
public class RecoveryCodeFactor implements SecondFactor {
  public static final String METHOD = "recovery_code";

  /** RFC 8176: a one-time password. */
  static final String AMR = "otp";

  public static final FactorDeclaration DECLARATION =
      FactorDeclaration.fallback(METHOD)
          .named("Recovery code", "a recovery code")
          .listedAt(90)
          .yields(AMR)
          .meets(PolicyLevel.OPTIONAL, PolicyLevel.ANY, PolicyLevel.OTP)
          .pages(
              "/WEB-INF/factors/recovery-code/step.xhtml",
              "/WEB-INF/factors/recovery-code/profile.xhtml",
              null)
          .build();

  @Inject RecoveryCodeStore store;

  @Override
  public FactorDeclaration declaration() {
    return DECLARATION;
  }

  /** The codes not used yet: while there is one, the second step offers the method. */
  @Override
  public int enrolledCount(UUID userId) {
    return store.countUnused(userId);
  }
}
