package dev.tollgate.auth.mfa;

import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.mfa.policy.AppPolicy;
import dev.tollgate.mfa.policy.MfaPolicy;
import dev.tollgate.mfa.policy.PolicyDecision;
import dev.tollgate.mfa.policy.Requirement;
import dev.tollgate.mfa.policy.SignInFacts;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides, after the password step, what a sign-in needs next, by asking the MFA policy
 * ({@link MfaPolicy}: the global or the application's level, the selector script, enforced
 * enrollment) with what the flow knows: the user's enrolled factors, the browser's current
 * session (for {@code ctx.mfa.last_verified_at}) and the request. The policy refuses
 * misconfigured policies and failed scripts itself (403, audited).
 */
@ApplicationScoped
public class MfaRequirement {
  @Inject MfaPolicy policy;
  @Inject SecondFactors factors;
  @Inject SessionService sessions;
  @Inject TrustedDevices trustedDevices;

  /** What the sign-in needs next. */
  public sealed interface Decision {
    record NoSecondFactor() implements Decision {}

    /**
     * One of {@code methods} is needed; {@code policy} is the decision it comes from (the level
     * and the interval in force, which say whether a trusted device may stand in).
     */
    record SecondFactorNeeded(List<String> methods, PolicyDecision policy) implements Decision {}

    /**
     * The user must enroll one of {@code methods} before the sign-in can complete; {@code held}
     * are the factors the user already has (which must be proved before enrolling another).
     */
    record EnrollmentNeeded(List<String> methods, List<String> held) implements Decision {}
  }

  /** {@code app} is empty for the portal (no {@code client_id}): the global policy applies. */
  public Decision atLogin(
      User user, Optional<AppPolicy> app, String currentSessionToken, String deviceCookie) {
    SignInFacts facts = facts(user, currentSessionToken, deviceCookie);
    PolicyDecision decision = policy.decide(user, app, facts);
    return switch (decision.requirement()) {
      case Requirement.None none -> new Decision.NoSecondFactor();
      case Requirement.SecondFactor needed ->
          new Decision.SecondFactorNeeded(needed.methods(), decision);
      case Requirement.Enrollment needed ->
          new Decision.EnrollmentNeeded(needed.methods(), facts.enrolled());
      case Requirement.Misconfigured m ->
          throw new IllegalStateException("MfaPolicy answered a misconfigured policy");
    };
  }

  /**
   * The last verification is the browser's current session's, when that session is the user's;
   * {@code trusted_device} says whether the request carries one of the user's trusted devices.
   */
  private SignInFacts facts(User user, String currentSessionToken, String deviceCookie) {
    Instant lastVerified =
        sessions.findActive(currentSessionToken)
            .filter(session -> session.userId().equals(user.id()))
            .flatMap(SsoSession::mfaVerifiedAt)
            .orElse(null);
    RequestOrigin origin = RequestOrigin.current();
    return new SignInFacts(
        factors.enrolledMethods(user.id()),
        lastVerified,
        trustedDevices.isTrusted(user.id(), deviceCookie),
        origin.ip(),
        origin.userAgent());
  }
}
