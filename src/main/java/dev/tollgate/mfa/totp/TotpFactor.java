package dev.tollgate.mfa.totp;

import dev.tollgate.auth.mfa.SecondFactor;
import dev.tollgate.mfa.FactorDeclaration;
import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** TOTP as the sign-in flow sees it: a user has it once an app is confirmed. */
@ApplicationScoped
public class TotpFactor implements SecondFactor {
  public static final String METHOD = "totp";

  /** RFC 8176: a one-time password. */
  static final String AMR = "otp";

  public static final FactorDeclaration DECLARATION =
      FactorDeclaration.factor(METHOD)
          .named("Authenticator app", "an authenticator app")
          .listedAt(10)
          .yields(AMR)
          .meets(PolicyLevel.OPTIONAL, PolicyLevel.ANY, PolicyLevel.OTP)
          .enrolledAt("/api/v1/mfa/totp/enroll", "/api/v1/mfa/totp/confirm")
          .pages(
              "/WEB-INF/factors/totp/step.xhtml",
              "/WEB-INF/factors/totp/profile.xhtml",
              "/WEB-INF/factors/totp/enroll.xhtml")
          .build();

  @Inject TotpCredentials credentials;

  @Override
  public FactorDeclaration declaration() {
    return DECLARATION;
  }

  @Override
  public int enrolledCount(UUID userId) {
    return credentials.findConfirmed(userId).isPresent() ? 1 : 0;
  }
}
