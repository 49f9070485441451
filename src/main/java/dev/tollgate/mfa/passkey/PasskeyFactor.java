package dev.tollgate.mfa.passkey;

import dev.tollgate.auth.mfa.SecondFactor;
import dev.tollgate.mfa.FactorDeclaration;
import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Passkeys as the sign-in flow sees them: a user has the factor once one passkey is registered. */
@ApplicationScoped
public class PasskeyFactor implements SecondFactor {
  public static final String METHOD = "passkey";

  /** RFC 8176: a device-bound (hardware) key, or a synced (software) one; see {@link PasskeyStep#amr}. */
  static final String HARDWARE_KEY = "hwk";
  static final String SOFTWARE_KEY = "swk";

  public static final FactorDeclaration DECLARATION =
      FactorDeclaration.factor(METHOD)
          .named("Passkey", "a passkey")
          .listedAt(20)
          .yields(HARDWARE_KEY, SOFTWARE_KEY)
          .meets(PolicyLevel.OPTIONAL, PolicyLevel.ANY, PolicyLevel.PASSKEY)
          .enrolledAt("/api/v1/mfa/passkey/register/begin", "/api/v1/mfa/passkey/register/finish")
          .pages(
              "/WEB-INF/factors/passkey/step.xhtml",
              "/WEB-INF/factors/passkey/profile.xhtml",
              "/WEB-INF/factors/passkey/enroll.xhtml")
          .build();

  @Inject PasskeyRepository passkeys;

  @Override
  public FactorDeclaration declaration() {
    return DECLARATION;
  }

  @Override
  public int enrolledCount(UUID userId) {
    return Math.toIntExact(passkeys.countByUser(userId));
  }
}
