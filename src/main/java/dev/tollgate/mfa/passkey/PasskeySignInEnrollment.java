package dev.tollgate.mfa.passkey;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.enrollment.EnrollmentSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Registering a passkey with an enrollment token (SPEC §4): the same registration as a
 * signed-in user's, for the user whose sign-in the token names; finishing it completes that
 * sign-in in the same transaction (amr pwd, hwk or swk, user when verified, mfa).
 */
@ApplicationScoped
@Transactional
public class PasskeySignInEnrollment {
  @Inject EnrollmentSignIn signIn;
  @Inject PasskeyEnrollment enrollment;

  public PasskeyEnrollment.Start begin(String enrollmentToken, String name) {
    return enrollment.begin(signIn.open(enrollmentToken, PasskeyFactor.METHOD).userId(), name);
  }

  public LoginOutcome.Complete finish(
      String enrollmentToken, String session, JsonObject credential, String name) {
    EnrollmentSignIn.Pending pending = signIn.openToEnroll(enrollmentToken, PasskeyFactor.METHOD);
    Passkey passkey = enrollment.finish(pending.userId(), session, credential, name);
    return signIn.complete(pending, amr(passkey));
  }

  /** As at the second step: swk for a synced passkey, hwk for a device-bound one, user if verified. */
  private static List<String> amr(Passkey passkey) {
    List<String> amr = new ArrayList<>();
    amr.add(passkey.backupEligible() ? PasskeyFactor.SOFTWARE_KEY : PasskeyFactor.HARDWARE_KEY);
    if (passkey.userVerified()) {
      amr.add("user");
    }
    return amr;
  }
}
