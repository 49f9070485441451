package dev.tollgate.auth.mfa;

import dev.tollgate.mfa.FactorDeclaration;
import java.util.UUID;

/**
 * One kind of second factor (TOTP, passkeys, recovery codes) as the sign-in flow sees it: what
 * it declares about itself, and whether a user holds it. Implement it as an
 * {@code @ApplicationScoped} bean in the factor's package and the flow finds it through CDI
 * ({@link SecondFactors}); verifying an answer stays in the factor's own step, which drives
 * {@link SecondStep}.
 */
public interface SecondFactor {

  /** Everything the flow and the pages need to know about the factor, in one place. */
  FactorDeclaration declaration();

  /** How many usable credentials of this kind the user has (pending enrollments do not count). */
  int enrolledCount(UUID userId);

  /** The method name of the API: "totp", "passkey", "recovery_code". */
  default String method() {
    return declaration().method();
  }

  default boolean isEnrolled(UUID userId) {
    return enrolledCount(userId) > 0;
  }
}
