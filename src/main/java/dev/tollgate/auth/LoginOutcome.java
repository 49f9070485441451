package dev.tollgate.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a sign-in step ends in (SPEC §4). */
public sealed interface LoginOutcome {

  /**
   * Signed in: a portal token, and the session cookie value to set. {@code trustDeviceToken} is
   * set only when a second factor was verified in this sign-in and trusted devices are on.
   * {@code factorNotes} are members the factor that completed the step adds to the answer
   * ({@code recovery_codes_remaining}); empty for most.
   */
  record Complete(
      String token,
      long expiresInSeconds,
      List<String> amr,
      String sessionToken,
      Duration sessionLifetime,
      String trustDeviceToken,
      Map<String, Object> factorNotes)
      implements LoginOutcome {
    public Complete {
      factorNotes = Map.copyOf(factorNotes);
    }

    public Complete(
        String token, long expiresInSeconds, List<String> amr, String sessionToken,
        Duration sessionLifetime, String trustDeviceToken) {
      this(token, expiresInSeconds, amr, sessionToken, sessionLifetime, trustDeviceToken, Map.of());
    }

    /** The same, with one more member from the factor that completed the step. */
    public Complete noting(String member, Object value) {
      return new Complete(
          token, expiresInSeconds, amr, sessionToken, sessionLifetime, trustDeviceToken,
          LoginOutcome.with(factorNotes, member, value));
    }

    @Override
    public String toString() {
      return "Complete[amr=" + amr + "]";
    }
  }

  /**
   * The password was right; a second factor is due. The {@code mfaToken} names the pending
   * sign-in at the second-step endpoints of the {@code methods} offered.
   */
  record MfaRequired(
      String mfaToken, List<String> methods, long expiresInSeconds, boolean forgetDeviceCookie)
      implements LoginOutcome {
    public MfaRequired(String mfaToken, List<String> methods, long expiresInSeconds) {
      this(mfaToken, methods, expiresInSeconds, false);
    }

    /** The same, also telling the browser to drop an {@code idp_device} that will never work. */
    public MfaRequired forgettingDeviceCookie() {
      return new MfaRequired(mfaToken, methods, expiresInSeconds, true);
    }

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
  record Reverified(
      String token, long expiresInSeconds, List<String> amr, Map<String, Object> factorNotes)
      implements LoginOutcome {
    public Reverified {
      factorNotes = Map.copyOf(factorNotes);
    }

    public Reverified(String token, long expiresInSeconds, List<String> amr) {
      this(token, expiresInSeconds, amr, Map.of());
    }

    /** The same, with one more member from the factor that completed the step. */
    public Reverified noting(String member, Object value) {
      return new Reverified(
          token, expiresInSeconds, amr, LoginOutcome.with(factorNotes, member, value));
    }

    @Override
    public String toString() {
      return "Reverified[amr=" + amr + "]";
    }
  }

  private static Map<String, Object> with(Map<String, Object> notes, String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(notes);
    more.put(member, value);
    return more;
  }
}
