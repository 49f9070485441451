package dev.tollgate.auth.enrollment;

import dev.tollgate.auth.LoginCompletion;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-ins that wait for an enrollment (SPEC §4): the policy said "enrollment required", so the
 * sign-in is parked behind an enrollment token. A factor's enrollment endpoints {@link #open} it
 * for their method, enroll the user, and {@link #complete} it, which finishes the sign-in (a new
 * session, amr pwd + the factor's + mfa) and uses the token up. No recent-verification check
 * applies: the user has just given the password, and has no factor the policy accepts.
 */
@ApplicationScoped
@Transactional
public class EnrollmentSignIn {
  @Inject EnrollmentTokens tokens;
  @Inject SessionService sessions;
  @Inject UserRepository users;
  @Inject LoginCompletion completion;
  @Inject SecondStep secondStep;

  /** An enrollment token opened for one method; {@code user} is whose sign-in it is. */
  public record Pending(EnrollmentToken token, User user, String method) {
    public UUID userId() {
      return user.id();
    }
  }

  public LoginOutcome.EnrollmentRequired start(
      User user, List<String> methods, String clientId, String previousSessionToken) {
    return start(
        user, methods, clientId, sessions.findActive(previousSessionToken).map(SsoSession::id));
  }

  /** The same, when the browser's previous session was identified earlier in the flow. */
  public LoginOutcome.EnrollmentRequired start(
      User user, List<String> methods, String clientId, Optional<UUID> previousSessionId) {
    EnrollmentTokens.Issued issued =
        tokens.issue(
            user.id(), user.factorGeneration(), methods, clientId, previousSessionId.orElse(null));
    return new LoginOutcome.EnrollmentRequired(
        issued.rawToken(), List.copyOf(methods), EnrollmentTokens.LIFETIME.toSeconds());
  }

  /**
   * The sign-in an enrollment token names, for enrolling {@code method}: 401
   * invalid_enrollment_token when unknown, expired, used, or issued before the user's factors
   * last changed; 403 mfa_method_not_allowed when the token does not allow that method; 403
   * account_disabled; 429 while the user's second step is locked. Nothing is consumed.
   */
  public Pending open(String rawToken, String method) {
    EnrollmentToken token = tokens.findUsable(rawToken).orElseThrow(EnrollmentSignIn::invalidToken);
    User user = users.findById(token.userId()).orElseThrow(EnrollmentSignIn::invalidToken);
    if (user.factorGeneration() != token.factorGeneration()) {
      throw invalidToken();
    }
    if (!user.isActive()) {
      throw new DomainException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
    }
    secondStep.refuseWhileLocked(user.id());
    if (!token.allows(method)) {
      throw new DomainException(
          ErrorCode.MFA_METHOD_NOT_ALLOWED,
          "This sign-in needs one of " + String.join(", ", token.methods()) + " to be enrolled");
    }
    RequestOrigin.identifyCaller(user.id());
    return new Pending(token, user, method);
  }

  /**
   * The same, before the factor is stored: claims the user's factor generation the token was
   * issued on, in this transaction, so that of concurrent enrollments with tokens of one
   * generation only one adds a factor, and none after the user's factors changed (401).
   */
  public Pending openToEnroll(String rawToken, String method) {
    Pending pending = open(rawToken, method);
    if (!users.factorsChanged(pending.userId(), pending.token().factorGeneration())) {
      throw invalidToken();
    }
    return pending;
  }

  /** The method is enrolled: the token is used up and the sign-in completes. */
  public LoginOutcome.Complete complete(Pending pending, List<String> factorAmr) {
    if (!tokens.consume(pending.token().id())) {
      throw invalidToken();
    }
    List<String> amr = new ArrayList<>(List.of("pwd"));
    amr.addAll(factorAmr);
    amr.add("mfa");
    return completion.complete(pending.user(), amr, pending.method(), pending.token().sessionId());
  }

  private static DomainException invalidToken() {
    return new DomainException(
        ErrorCode.INVALID_ENROLLMENT_TOKEN, "The sign-in has expired or was already used; start again");
  }
}
