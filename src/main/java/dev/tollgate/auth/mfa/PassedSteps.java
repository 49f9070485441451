package dev.tollgate.auth.mfa;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.LoginCompletion;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.enrollment.EnrollmentSignIn;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a passed second step leads to, by the purpose of its mfa_token: a sign-in completes
 * (amr pwd + the factor's + mfa), unless the method that answered does not meet the level the
 * sign-in must meet (a recovery code under {@code passkey}): then the sign-in goes on to the
 * enrollment of a factor that does; a step-up renews its session; a proof before enrollment
 * hands out the enrollment token. Runs in {@link SecondStep}'s transaction.
 */
@ApplicationScoped
class PassedSteps {
  @Inject LoginCompletion completion;
  @Inject SessionService sessions;
  @Inject EnrollmentSignIn enrollment;
  @Inject FactorCatalogue factors;
  @Inject Settings settings;
  @Inject AuditLog audit;

  LoginOutcome outcome(MfaChallenge challenge, User user, String method, List<String> factorAmr) {
    List<String> verified = new ArrayList<>(factorAmr);
    verified.add("mfa");
    return switch (challenge.purpose()) {
      case LOGIN -> {
        Optional<PolicyLevel> unmet = challenge.level().filter(level -> !factors.meets(method, level));
        if (unmet.isPresent()) {
          yield enrollInstead(challenge, user, method, unmet.get());
        }
        List<String> amr = new ArrayList<>(List.of("pwd"));
        amr.addAll(verified);
        yield completion.complete(user, amr, method, challenge.sessionId());
      }
      case STEP_UP -> reverify(user, challenge.sessionId(), verified);
      case ENROLLMENT ->
          enrollment.start(
              user, challenge.enrollMethods(), challenge.clientId().orElse(null),
              challenge.sessionId());
    };
  }

  /**
   * The method proved the user but does not meet {@code level}: the sign-in asks for the
   * enrollment of an allowed factor that meets it, with the enrollment token of an enrollment-required sign-in
   * (403 mfa_method_not_allowed when none is allowed any more).
   */
  private LoginOutcome enrollInstead(
      MfaChallenge challenge, User user, String method, PolicyLevel level) {
    List<String> methods =
        factors.factorsMeeting(level).stream()
            .filter(settings.current().mfaAllowedMethods()::contains)
            .toList();
    if (methods.isEmpty()) {
      throw new DomainException(
          ErrorCode.MFA_METHOD_NOT_ALLOWED,
          "The sign-in policy requires " + level.wire() + ", which no allowed method meets");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("policy", level.wire());
    details.put("allowed_methods", methods);
    details.put("after", method);
    challenge.clientId().ifPresent(clientId -> details.put("client_id", clientId));
    audit.record(AuditType.MFA_ENROLLMENT_REQUIRED, user.id(), details);
    return enrollment.start(user, methods, challenge.clientId().orElse(null), challenge.sessionId());
  }

  private LoginOutcome.Reverified reverify(User user, Optional<UUID> sessionId, List<String> amr) {
    SsoSession session =
        sessionId
            .flatMap(sessions::findActiveById)
            .filter(s -> s.userId().equals(user.id()))
            .orElseThrow(SecondStep::invalidToken);
    SsoSession renewed = sessions.recordMfaVerification(session.id(), amr);
    var token = completion.issueFor(user, renewed);
    return new LoginOutcome.Reverified(token.value(), token.expiresInSeconds(), renewed.amr());
  }
}
