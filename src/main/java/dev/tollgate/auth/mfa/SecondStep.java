package dev.tollgate.auth.mfa;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.lockout.Lockouts;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The second step of signing in, shared by every factor: it issues mfa_tokens, opens them for
 * a factor's answer (after the lock check), counts wrong answers per user and locks the second
 * step after {@code mfa_max_attempts}, and completes a passed step as a sign-in or a step-up.
 * A factor's step calls {@link #open}, verifies the answer itself, then {@link #passed} or
 * {@code throw} {@link #wrongAnswer}; see the package documentation.
 */
@ApplicationScoped
@Transactional
public class SecondStep {
  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

  @Inject MfaChallenges challenges;
  @Inject SecondFactors factors;
  @Inject SecondStepLock lock;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject UserRepository users;
  @Inject SessionService sessions;
  @Inject PassedSteps outcomes;

  /** A pending second step, opened for one method (its lock checked, nothing taken). */
  public record Pending(MfaChallenge challenge, User user, String method) {
    public UUID userId() {
      return user.id();
    }

    public UUID challengeId() {
      return challenge.id();
    }
  }

  /** A pending second step with one of the user's attempts taken, to check one answer with. */
  public record Attempt(Pending pending, Lockouts.Attempt slot) {
    public UUID userId() {
      return pending.userId();
    }

    public UUID challengeId() {
      return pending.challengeId();
    }

    MfaChallenge challenge() {
      return pending.challenge();
    }

    User user() {
      return pending.user();
    }

    String method() {
      return pending.method();
    }
  }

  /**
   * After a right password: the mfa_token of the sign-in, answerable by {@code methods}, which
   * must meet {@code level} (429 while the second step is locked).
   */
  public LoginOutcome.MfaRequired challengeLogin(
      User user, List<String> methods, PolicyLevel level, String clientId,
      String previousSessionToken) {
    lock.refuseWhileLocked(user.id(), MfaPurpose.LOGIN, null);
    UUID previous = sessions.findActive(previousSessionToken).map(SsoSession::id).orElse(null);
    audit.record(AuditType.MFA_REQUIRED, user.id(), Map.of("methods", methods));
    return issue(user.id(), MfaPurpose.LOGIN, methods, level, List.of(), clientId, previous);
  }

  /**
   * After a right password, when the policy needs a method the user has not enrolled while the
   * user holds another factor: that factor is asked first (any enrolled method; a trusted device
   * does not stand in), and only the passed step answers with the enrollment token for
   * {@code enrollMethods}.
   */
  public LoginOutcome.MfaRequired challengeBeforeEnrollment(
      User user, List<String> enrollMethods, String clientId, String previousSessionToken) {
    lock.refuseWhileLocked(user.id(), MfaPurpose.ENROLLMENT, null);
    List<String> held = factors.enrolledMethods(user.id());
    UUID previous = sessions.findActive(previousSessionToken).map(SsoSession::id).orElse(null);
    audit.record(
        AuditType.MFA_REQUIRED, user.id(), Map.of("methods", held, "then_enroll", enrollMethods));
    return issue(user.id(), MfaPurpose.ENROLLMENT, held, null, enrollMethods, clientId, previous);
  }

  /**
   * 429 while the user's second step is locked, before anything could stand in for it (a
   * trusted device does not get around the lock).
   */
  public void refuseWhileLocked(UUID userId) {
    lock.refuseWhileLocked(userId, MfaPurpose.LOGIN, null);
  }

  /**
   * A signed-in user verifies a factor again on their session (SPEC §9 step-up): any enrolled
   * method will do; 400 mfa_not_enrolled for a user who has none.
   */
  public LoginOutcome.MfaRequired challengeStepUp(UUID userId, UUID sessionId) {
    return challengeStepUp(userId, sessionId, factors.enrolledMethods(userId));
  }

  /**
   * The same, offering only the enrolled methods among {@code accepted} (for an application's
   * policy: {@code SsoDecision.SecondStepDue.methods()}); 400 mfa_not_enrolled when none is left.
   */
  public LoginOutcome.MfaRequired challengeStepUp(
      UUID userId, UUID sessionId, Collection<String> accepted) {
    List<String> methods =
        factors.enrolledMethods(userId).stream().filter(accepted::contains).toList();
    if (methods.isEmpty()) {
      throw new DomainException(
          ErrorCode.MFA_NOT_ENROLLED, "There is no second factor to verify: enroll one first");
    }
    lock.refuseWhileLocked(userId, MfaPurpose.STEP_UP, null);
    audit.record(AuditType.MFA_STEP_UP_STARTED, userId, Map.of("methods", methods));
    return issue(userId, MfaPurpose.STEP_UP, methods, null, List.of(), null, sessionId);
  }

  /**
   * The pending step an mfa_token names, for {@code method}: 401 invalid_mfa_token when unknown,
   * expired or used; 403 when the method was not offered; 429 while locked. Nothing is taken or
   * consumed, so a factor with two round trips opens it first to prepare its question.
   */
  public Pending open(String mfaToken, String method) {
    MfaChallenge challenge = usable(mfaToken, method);
    if (!challenge.offers(method)) {
      throw new DomainException(
          ErrorCode.MFA_METHOD_NOT_ALLOWED, "This sign-in does not offer " + method);
    }
    User user = users.findById(challenge.userId()).orElseThrow(SecondStep::invalidToken);
    if (!user.isActive()) {
      throw new DomainException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
    }
    lock.refuseWhileLocked(user.id(), challenge.purpose(), method);
    return new Pending(challenge, user, method);
  }

  /**
   * Opens the step for an answer by {@code method} and takes one of the user's attempts for it
   * (429 when none is left): the factor then checks the answer and reports {@link #passed} or
   * {@link #wrongAnswer}.
   */
  public Attempt answer(String mfaToken, String method) {
    Pending pending = open(mfaToken, method);
    return new Attempt(pending, lock.take(pending.userId(), pending.challenge().purpose(), method));
  }

  /**
   * Counts a wrong answer ({@code reason} is for the audit trail, e.g. "replayed_code") and
   * returns what to throw: the factor's own {@code refusal} with {@code details.attempts_left},
   * or, when this answer used up {@code mfa_max_attempts}, 429 too_many_attempts; then the
   * user's open mfa_tokens are burnt and the step stays locked. The count and the burn are
   * committed whatever becomes of the request.
   */
  public DomainException wrongAnswer(Attempt attempt, String reason, DomainException refusal) {
    Lockouts.Failure failure = lock.wrong(attempt.slot());
    Map<String, Object> details = attempt.challenge().purpose().auditDetails(attempt.method());
    details.put("reason", reason);
    details.put("attempts_left", failure.attemptsLeft());
    audit.record(AuditType.MFA_FAILED, attempt.userId(), details);
    if (failure.locked()) {
      Instant until = failure.lockedUntil().get();
      challenges.burnAllFor(attempt.userId());
      audit.record(
          AuditType.MFA_LOCKED_OUT, attempt.userId(), Map.of("locked_until", until.toString()));
      return lock.tooManyAttempts(until);
    }
    return refusal.withDetails(Map.of("attempts_left", failure.attemptsLeft()));
  }

  /**
   * The factor verified the answer: the token is consumed, the failure count cleared, and the
   * sign-in completes (amr = pwd + the factor's + mfa), the step-up renews its session, or the
   * sign-in moves on to the enrollment the policy requires ({@link PassedSteps}).
   */
  public LoginOutcome passed(Attempt attempt, List<String> factorAmr) {
    MfaChallenge challenge = attempt.challenge();
    lock.right(attempt.slot());
    if (!challenges.consume(challenge.id())) {
      Map<String, Object> details = challenge.purpose().auditDetails(attempt.method());
      details.put("reason", "used_token");
      audit.record(AuditType.MFA_FAILED, attempt.userId(), details);
      throw invalidToken();
    }
    audit.record(
        AuditType.MFA_VERIFIED, attempt.userId(), challenge.purpose().auditDetails(attempt.method()));
    return outcomes.outcome(challenge, attempt.user(), attempt.method(), factorAmr);
  }

  /** The usable challenge a token names; an unknown, used or expired one is audited and refused. */
  private MfaChallenge usable(String mfaToken, String method) {
    Optional<MfaChallenge> found = challenges.find(mfaToken);
    if (found.isPresent() && found.get().isUsable(time.now())) {
      return found.get();
    }
    Map<String, Object> details =
        found.map(c -> c.purpose().auditDetails(method)).orElseGet(() -> new LinkedHashMap<>(Map.of("method", method)));
    details.put(
        "reason",
        found.isEmpty() ? "unknown_token" : found.get().isConsumed() ? "used_token" : "expired_token");
    audit.record(AuditType.MFA_FAILED, found.map(MfaChallenge::userId).orElse(null), details);
    throw invalidToken();
  }

  private LoginOutcome.MfaRequired issue(
      UUID userId, MfaPurpose purpose, List<String> methods, PolicyLevel level,
      List<String> enrollMethods, String clientId, UUID sessionId) {
    MfaChallenges.Issued issued =
        challenges.issue(
            userId, purpose, methods, level, enrollMethods, clientId, sessionId, TOKEN_LIFETIME);
    return new LoginOutcome.MfaRequired(
        issued.rawToken(), List.copyOf(methods), TOKEN_LIFETIME.toSeconds());
  }

  static DomainException invalidToken() {
    return new DomainException(
        ErrorCode.INVALID_MFA_TOKEN, "The sign-in has expired or was already used; start again");
  }
}
