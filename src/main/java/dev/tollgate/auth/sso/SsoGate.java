package dev.tollgate.auth.sso;

import dev.tollgate.auth.mfa.DeviceStandIn;
import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.sso.SsoDecision.SecondStepReason;
import dev.tollgate.auth.sso.SsoDecision.SignInReason;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.policy.MfaPolicy;
import dev.tollgate.mfa.policy.PolicyDecision;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.mfa.policy.Requirement;
import dev.tollgate.mfa.policy.SignInFacts;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one SSO decision OIDC and SAML share (SPEC §9): may a request for an application be
 * answered from the browser's session, or must the user give the password, only the second
 * step, or enroll a factor first? The policy is {@link MfaPolicy} itself, asked with the
 * session's facts ({@code ctx.mfa.last_verified_at} = the session's {@code mfa_verified_at}),
 * so the selector script runs here exactly as at a password sign-in. A policy that cannot be
 * evaluated is refused by the policy (403 {@code mfa_policy_script_failed} or {@code
 * mfa_method_not_allowed}, audited), and that {@link DomainException} propagates to the caller.
 */
@ApplicationScoped
public class SsoGate {
  @Inject SessionService sessions;
  @Inject UserRepository users;
  @Inject MfaPolicy policy;
  @Inject SecondFactors factors;
  @Inject TrustedDevices trustedDevices;
  @Inject DeviceStandIn deviceStandIn;
  @Inject TimeSource time;
  @Inject FactorCatalogue catalogue;

  public SsoDecision decide(SsoRequest request) {
    Optional<SsoSession> found = sessions.findActive(request.sessionToken());
    Optional<User> user =
        found.flatMap(s -> users.findById(s.userId())).filter(User::isActive);
    if (found.isEmpty() || user.isEmpty()) {
      return new SsoDecision.SignIn(SignInReason.NO_SESSION);
    }
    SsoSession session = found.get();
    Optional<SignInReason> stale = passwordTooOld(request, session.authTime());
    if (stale.isPresent()) {
      return new SsoDecision.SignIn(stale.get());
    }
    PolicyDecision decision =
        policy.decide(user.get(), Optional.of(request.app()), facts(user.get(), session, request));
    return switch (decision.requirement()) {
      case Requirement.None none -> proceed(user.get(), session, decision.effectiveLevel());
      case Requirement.Enrollment e -> new SsoDecision.EnrollmentNeeded(user.get(), session, e.methods());
      case Requirement.SecondFactor needed -> secondFactor(user.get(), session, decision, needed, request);
      case Requirement.Misconfigured m ->
          throw new IllegalStateException("MfaPolicy answered a misconfigured policy");
    };
  }

  /**
   * For the login page's {@code prompt=mfa}: the methods a step-up on the browser's session
   * should offer for the application ({@code SecondStep.challengeStepUp(user, session, methods)}),
   * i.e. the enrolled methods its policy accepts when only the second step is due; empty when
   * the gate asks for no second step (then any enrolled method will do).
   */
  public Optional<List<String>> stepUpMethods(SsoRequest request) {
    return decide(request) instanceof SsoDecision.SecondStepDue due
        ? Optional.of(due.methods())
        : Optional.empty();
  }

  private Optional<SignInReason> passwordTooOld(SsoRequest request, Instant authTime) {
    if (request.forceLogin()) {
      return Optional.of(SignInReason.FORCED);
    }
    Instant now = time.now();
    if (request.maxAge().filter(max -> authTime.plus(max).isBefore(now)).isPresent()) {
      return Optional.of(SignInReason.MAX_AGE);
    }
    if (request.passwordAfter().filter(after -> !authTime.isAfter(after)).isPresent()) {
      return Optional.of(SignInReason.NOT_FRESH);
    }
    return Optional.empty();
  }

  /**
   * The policy needs a factor: a method it accepts that meets its level (a recovery code does
   * not meet {@code passkey}), verified on the session within the interval in force, lets the
   * request through; a session that has none may be let through by a trusted device
   * ({@link DeviceStandIn}, the rule of the password sign-in); a verification that is merely too
   * old is never renewed by a device. A step-up offers only the methods that would meet the level.
   */
  private SsoDecision secondFactor(
      User user, SsoSession session, PolicyDecision decision, Requirement.SecondFactor needed,
      SsoRequest request) {
    int interval = decision.reauthIntervalMinutes();
    PolicyLevel level = decision.effectiveLevel();
    List<String> meeting =
        needed.methods().stream().filter(method -> catalogue.meets(method, level)).toList();
    if (SessionFactors.verifiedAnyOf(catalogue, session, meeting)) {
      Instant verifiedAt = session.mfaVerifiedAt().orElseThrow();
      boolean expired =
          interval > 0 && verifiedAt.plus(Duration.ofMinutes(interval)).isBefore(time.now());
      return expired
          ? new SsoDecision.SecondStepDue(user, session, meeting, SecondStepReason.REVERIFY, interval)
          : proceed(user, session, level);
    }
    boolean deviceStandsIn =
        deviceStandIn.judge(user.id(), request.deviceCookie(), decision).trusted().isPresent();
    return deviceStandsIn
        ? proceed(user, session, catalogue.strictestMetBy(SessionFactors.verified(catalogue, session)))
        : new SsoDecision.SecondStepDue(
            user, session, meeting, SecondStepReason.FACTOR_MISSING, interval);
  }

  /**
   * Proceed, stating as {@code acr} only what the session verified: {@code level} is the policy's
   * level when the session's own factors met it, or the strictest level they meet when a trusted
   * device stood in.
   */
  private static SsoDecision.Proceed proceed(User user, SsoSession session, PolicyLevel level) {
    return new SsoDecision.Proceed(user, session, session.amr(), level, session.authTime());
  }

  private SignInFacts facts(User user, SsoSession session, SsoRequest request) {
    RequestOrigin origin = RequestOrigin.current();
    return new SignInFacts(
        factors.enrolledMethods(user.id()),
        session.mfaVerifiedAt().orElse(null),
        trustedDevices.isTrusted(user.id(), request.deviceCookie()),
        origin.ip(),
        origin.userAgent());
  }
}
