package dev.tollgate.mfa;

import dev.tollgate.mfa.passkey.PasskeyFactor;
import dev.tollgate.mfa.recovery.RecoveryCodeFactor;
import dev.tollgate.mfa.totp.TotpFactor;
import java.util.List;

/** The factors Tollgate ships, as their declarations say: the catalogue unit tests derive rules from. */
public final class InstalledFactors {
  private InstalledFactors() {}

  public static FactorCatalogue catalogue() {
    return new FactorCatalogue(
        List.of(
            RecoveryCodeFactor.DECLARATION, PasskeyFactor.DECLARATION, TotpFactor.DECLARATION));
  }
}
