package dev.tollgate.auth.sso;

import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.user.User;
import java.time.Instant;
import java.util.List;

/** What {@link SsoGate} answers for a request for an application (SPEC §9). */
public sealed interface SsoDecision {

  /**
   * The session satisfies the application now: sign the user in to it without a prompt.
   * {@code amr} are the session's methods (RFC 8176 values), {@code level} the policy level the
   * session's own verified factors met (stated as {@code acr}; docs/security.md, "Trusted
   * devices"), {@code authTime} the session's last password.
   */
  record Proceed(User user, SsoSession session, List<String> amr, PolicyLevel level, Instant authTime)
      implements SsoDecision {
    public Proceed {
      amr = List.copyOf(amr);
    }

    public String acr() {
      return level.wire();
    }
  }

  /** The password is needed (a new sign-in, which replaces any session). */
  record SignIn(SignInReason reason) implements SsoDecision {}

  /**
   * The session is good but a second factor is due: only the second step, as a step-up on
   * {@code session} by one of {@code methods} (the enrolled methods the policy accepts). A
   * trusted device never stands in for it. {@code reauthIntervalMinutes} is the interval in force.
   */
  record SecondStepDue(
      User user, SsoSession session, List<String> methods, SecondStepReason reason,
      int reauthIntervalMinutes)
      implements SsoDecision {
    public SecondStepDue {
      methods = List.copyOf(methods);
    }
  }

  /** The policy needs a method the user has not enrolled; {@code methods} may be enrolled. */
  record EnrollmentNeeded(User user, SsoSession session, List<String> methods) implements SsoDecision {
    public EnrollmentNeeded {
      methods = List.copyOf(methods);
    }
  }

  enum SignInReason {
    /** No cookie, an unknown, ended or expired session, or an inactive user. */
    NO_SESSION,
    /** {@code prompt=login} or {@code ForceAuthn}. */
    FORCED,
    /** The session's password is older than {@code max_age}. */
    MAX_AGE,
    /** A continuation whose session's password is not newer than the request that forced one. */
    NOT_FRESH
  }

  enum SecondStepReason {
    /** The policy needs a factor the session has not verified (none, or another method). */
    FACTOR_MISSING,
    /** The session's {@code mfa_verified_at} is older than the interval in force. */
    REVERIFY
  }
}
