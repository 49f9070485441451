package dev.tollgate.auth.mfa;

import java.util.UUID;

/**
 * One kind of second factor (TOTP, passkeys) as the sign-in flow sees it: its method name and
 * whether a user holds it. Implement it as an {@code @ApplicationScoped} bean in the factor's
 * package and the flow finds it through CDI; verifying an answer stays in the factor's own step,
 * which drives {@link SecondStep}.
 */
public interface SecondFactor {

  /** The method name of the API and of {@code mfa_allowed_methods}: "totp", "passkey". */
  String method();

  /** How many confirmed credentials of this kind the user has (pending enrollments do not count). */
  int enrolledCount(UUID userId);

  default boolean isEnrolled(UUID userId) {
    return enrolledCount(userId) > 0;
  }
}
