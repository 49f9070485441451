package dev.tollgate.auth;

import java.time.Duration;
import java.util.List;

/** What a sign-in step ends in (SPEC §4). */
public sealed interface LoginOutcome {

  /** Signed in: a portal token, and the session cookie value to set. */
  record Complete(
      String token,
      long expiresInSeconds,
      List<String> amr,
      String sessionToken,
      Duration sessionLifetime)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "Complete[amr=" + amr + "]";
    }
  }

  /**
   * The password was right; a second factor is due. The {@code mfaToken} names the pending
   * sign-in at the second-step endpoints of the {@code methods} offered.
   */
  record MfaRequired(String mfaToken, List<String> methods, long expiresInSeconds)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "MfaRequired[methods=" + methods + "]";
    }
  }

  /**
   * The password was right, but the policy needs a factor the user has not enrolled: the
   * {@code enrollmentToken} lets the enrollment endpoints of {@code allowedMethods} finish the
   * sign-in.
   */
  record EnrollmentRequired(String enrollmentToken, List<String> allowedMethods, long expiresInSeconds)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "EnrollmentRequired[methods=" + allowedMethods + "]";
    }
  }

  /**
   * A second factor verified again on an existing session (step-up): a fresh portal token for
   * that session. The session cookie is not reissued, because the session did not change.
   */
  record Reverified(String token, long expiresInSeconds, List<String> amr)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "Reverified[amr=" + amr + "]";
    }
  }
}
