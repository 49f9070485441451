package dev.tollgate.mfa.recovery;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.CodeStep;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recovery-code answer to a second step (POST /auth/mfa/recovery-code), like TOTP's: the
 * attempt is taken through {@link SecondStep} (the user's one lock for every factor) before the
 * code is checked; the code is used by a conditional update in the same transaction as the
 * step, so of two requests with one code exactly one passes, and a step that fails after it
 * gives the code back. A Complete notes how many codes are left.
 */
@ApplicationScoped
@Transactional
public class RecoveryCodeStep implements CodeStep {
  /** The member a Complete reached with a recovery code adds. */
  public static final String REMAINING = "recovery_codes_remaining";
  private static final List<String> AMR = List.of(RecoveryCodeFactor.AMR);

  @Inject SecondStep secondStep;
  @Inject RecoveryCodeStore store;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  @Override
  public String method() {
    return RecoveryCodeFactor.METHOD;
  }

  @Override
  public LoginOutcome answer(String mfaToken, String code) {
    SecondStep.Attempt attempt = secondStep.answer(mfaToken, RecoveryCodeFactor.METHOD);
    Optional<String> hash = store.hashes().ofTyped(attempt.userId(), code);
    if (hash.isEmpty() || !store.use(attempt.userId(), hash.get(), time.now())) {
      String reason =
          hash.isEmpty()
              ? "malformed_code"
              : store.wasUsed(attempt.userId(), hash.get()) ? "used_code" : "wrong_code";
      audit.record(AuditType.RECOVERY_CODE_FAILED, attempt.userId(), Map.of("reason", reason));
      throw secondStep.wrongAnswer(
          attempt,
          reason,
          new DomainException(ErrorCode.INVALID_MFA_CODE, "The recovery code is not valid"));
    }
    int remaining = store.countUnused(attempt.userId());
    LoginOutcome outcome = secondStep.passed(attempt, AMR);
    // after the step passed: a step refused now (its token used by a racing answer) gives the
    // code back, and an audit event written before it would outlive that rollback
    audit.record(AuditType.RECOVERY_CODE_USED, attempt.userId(), Map.of("remaining", remaining));
    return noted(outcome, remaining);
  }

  /** Only a completed step tells the count: an enrollment that follows does not. */
  private static LoginOutcome noted(LoginOutcome outcome, int remaining) {
    return switch (outcome) {
      case LoginOutcome.Complete complete -> complete.noting(REMAINING, remaining);
      case LoginOutcome.Reverified reverified -> reverified.noting(REMAINING, remaining);
      default -> outcome;
    };
  }
}
