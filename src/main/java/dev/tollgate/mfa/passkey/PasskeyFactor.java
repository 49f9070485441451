package dev.tollgate.mfa.passkey;

import dev.tollgate.auth.mfa.SecondFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Passkeys as the sign-in flow sees them: a user has the factor once one passkey is registered. */
@ApplicationScoped
public class PasskeyFactor implements SecondFactor {
  public static final String METHOD = "passkey";

  @Inject PasskeyRepository passkeys;

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public int enrolledCount(UUID userId) {
    return Math.toIntExact(passkeys.countByUser(userId));
  }
}
