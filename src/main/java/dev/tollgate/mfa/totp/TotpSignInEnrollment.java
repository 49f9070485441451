package dev.tollgate.mfa.totp;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.enrollment.EnrollmentSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Setting up an authenticator app with an enrollment token (SPEC §4): the same enrollment as a
 * signed-in user's, for the user whose sign-in the token names; confirming it finishes that
 * sign-in in the same transaction (amr pwd, otp, mfa).
 */
@ApplicationScoped
@Transactional
public class TotpSignInEnrollment {
  @Inject EnrollmentSignIn signIn;
  @Inject TotpEnrollment enrollment;

  public TotpEnrollment.Started start(String enrollmentToken) {
    return enrollment.start(signIn.open(enrollmentToken, TotpFactor.METHOD).userId());
  }

  public LoginOutcome.Complete confirm(String enrollmentToken, String code) {
    EnrollmentSignIn.Pending pending = signIn.openToEnroll(enrollmentToken, TotpFactor.METHOD);
    enrollment.confirm(pending.userId(), code);
    return signIn.complete(pending, List.of(TotpFactor.AMR));
  }
}
