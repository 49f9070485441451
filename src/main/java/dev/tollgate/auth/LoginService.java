package dev.tollgate.auth;

import dev.tollgate.application.Application;
import dev.tollgate.application.ApplicationRepository;
import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.enrollment.EnrollmentSignIn;
import dev.tollgate.auth.lockout.Limit;
import dev.tollgate.auth.lockout.Lockouts;
import dev.tollgate.auth.mfa.DeviceStandIn;
import dev.tollgate.auth.mfa.MfaRequirement;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.device.Recognition;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.Passwords;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.annotation.Timed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The password step of signing in (SPEC §4). The lock is checked before the password; an
 * unknown identifier costs the same Argon2id work and gets the same answer as a wrong password;
 * failures are counted per identifier, known or not, so lockouts reveal no accounts either.
 * After a right password, {@link MfaRequirement} decides (through the MFA policy of the
 * application named by {@code client_id}, or the global one) whether the sign-in completes now,
 * continues at the second step ({@link SecondStep}), or waits for an enrollment
 * ({@link EnrollmentSignIn}); a trusted device may stand in for the second step
 * ({@link DeviceStandIn}).
 */
@ApplicationScoped
@Transactional
public class LoginService {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject Lockouts lockouts;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject LoginCompletion completion;
  @Inject ApplicationRepository applications;
  @Inject MfaRequirement mfaRequirement;
  @Inject SecondStep secondStep;
  @Inject DeviceStandIn deviceStandIn;
  @Inject EnrollmentSignIn enrollment;

  @Timed(name = "tollgate_login_password_step", absolute = true,
      description = "Password step of sign-in, including the Argon2id check")
  public LoginOutcome login(LoginCommand cmd) {
    SettingsSnapshot config = settings.current();
    Optional<Application> application = application(cmd.clientId());
    String subject = "login:" + cmd.identifier().trim().toLowerCase(Locale.ROOT);
    Optional<User> found = users.findByLoginIdentifier(cmd.identifier());
    Lockouts.Attempt attempt = takeAttempt(subject, config, found);
    boolean passwordOk;
    if (found.isPresent()) {
      passwordOk = passwords.matches(found.get(), cmd.password());
    } else {
      passwords.spendVerificationTime(cmd.password());
      passwordOk = false;
    }
    if (!passwordOk) {
      Lockouts.Failure failure = lockouts.wrong(attempt);
      audit.record(
          AuditType.LOGIN_FAILED,
          found.map(User::id).orElse(null),
          Map.of("reason", found.isPresent() ? "wrong_password" : "unknown_user"));
      if (failure.locked()) {
        audit.record(
            AuditType.LOGIN_LOCKED_OUT,
            found.map(User::id).orElse(null),
            Map.of("failures", failure.failures(), "locked_until", failure.lockedUntil().get().toString()));
      }
      throw new DomainException(ErrorCode.INVALID_CREDENTIALS, "Invalid email or password");
    }
    lockouts.right(attempt);
    User user = found.get();
    if (!user.isActive()) {
      audit.record(AuditType.LOGIN_REFUSED_DISABLED, user.id(), Map.of());
      throw new DomainException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
    }
    passwords.upgradeHashIfNeeded(user, cmd.password());
    return switch (mfaRequirement.atLogin(
        user, application.map(Application::appPolicy), cmd.currentSessionToken(), cmd.deviceCookie())) {
      case MfaRequirement.Decision.NoSecondFactor none ->
          completion.complete(user, List.of("pwd"), null, cmd.currentSessionToken());
      case MfaRequirement.Decision.SecondFactorNeeded needed ->
          secondStepUnlessTrusted(user, needed, cmd);
      case MfaRequirement.Decision.EnrollmentNeeded needed -> enrollmentFor(user, needed, cmd);
    };
  }

  /**
   * A user without any factor enrolls straight away; one who holds a factor proves it first, so
   * the password alone never adds a factor to an account that has one (a trusted device does
   * not stand in for that proof). Both wait while the second step is locked.
   */
  private LoginOutcome enrollmentFor(
      User user, MfaRequirement.Decision.EnrollmentNeeded needed, LoginCommand cmd) {
    if (!needed.held().isEmpty()) {
      return secondStep.challengeBeforeEnrollment(
          user, needed.methods(), cmd.clientId(), cmd.currentSessionToken());
    }
    secondStep.refuseWhileLocked(user.id());
    return enrollment.start(user, needed.methods(), cmd.clientId(), cmd.currentSessionToken());
  }

  /**
   * A trusted device that may stand in for the factor ({@link DeviceStandIn}) completes the
   * sign-in with the password alone (amr pwd, no mfa, no mfa_verified_at); a cookie that can
   * never work is dropped by the answer.
   */
  private LoginOutcome secondStepUnlessTrusted(
      User user, MfaRequirement.Decision.SecondFactorNeeded needed, LoginCommand cmd) {
    secondStep.refuseWhileLocked(user.id());
    Recognition device = deviceStandIn.judge(user.id(), cmd.deviceCookie(), needed.policy());
    if (device.trusted().isPresent()) {
      return completion.complete(user, List.of("pwd"), null, cmd.currentSessionToken());
    }
    LoginOutcome.MfaRequired challenge =
        secondStep.challengeLogin(
            user, needed.methods(), needed.policy().effectiveLevel(), cmd.clientId(),
            cmd.currentSessionToken());
    return device.forgetCookie() ? challenge.forgettingDeviceCookie() : challenge;
  }

  /**
   * 400 invalid_client unless an application has this {@code client_id}: the sign-in page checks
   * a client_id before it asks for a password.
   */
  public void requireKnownClient(String clientId) {
    application(clientId);
  }

  /**
   * The application a {@code client_id} names, checked before the password so that a wrong one
   * costs no hashing and no lockout count: 400 invalid_client when no application has it.
   */
  private Optional<Application> application(String clientId) {
    if (clientId == null) {
      return Optional.empty();
    }
    return Optional.of(
        applications
            .findByClientId(clientId)
            .orElseThrow(() -> new DomainException(ErrorCode.INVALID_CLIENT, "Unknown client_id")));
  }

  /**
   * An attempt at the identifier's password, taken before the password is checked so that racing
   * guesses check no more than the attempts that remain; 429 (audited) when none is left.
   */
  private Lockouts.Attempt takeAttempt(String subject, SettingsSnapshot config, Optional<User> found) {
    Limit limit = new Limit(config.loginMaxAttempts(), Duration.ofMinutes(config.mfaLockoutMinutes()));
    return switch (lockouts.take(subject, limit)) {
      case Lockouts.Claim.Granted granted -> granted.attempt();
      case Lockouts.Claim.Refused refused -> {
        audit.record(
            AuditType.LOGIN_FAILED, found.map(User::id).orElse(null), Map.of("reason", "locked"));
        throw DomainException.tooManyAttempts(
            "Too many failed attempts; try again later", refused.until(), time.now());
      }
    };
  }
}
