package dev.tollgate.mfa.policy;

import java.util.List;
import java.util.UUID;

/**
 * How a second-factor package tells the policy which of its methods a user has enrolled. Each
 * factor (TOTP, passkeys) provides one as a CDI bean; {@link MfaPolicy} asks all of them.
 */
public interface EnrolledMethods {
  /** The method names ("totp", "passkey") the user has a confirmed credential of. */
  List<String> of(UUID userId);
}
