package dev.tollgate.mfa.totp;

import dev.tollgate.auth.mfa.SecondFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** TOTP as the sign-in flow sees it: a user has it once an app is confirmed. */
@ApplicationScoped
public class TotpFactor implements SecondFactor {
  public static final String METHOD = "totp";

  @Inject TotpCredentials credentials;

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public int enrolledCount(UUID userId) {
    return credentials.findConfirmed(userId).isPresent() ? 1 : 0;
  }
}
