package dev.tollgate.mfa.totp;

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
import java.util.Optional;

/**
 * The TOTP answer to a second step (POST /auth/mfa/totp): opens the mfa_token through
 * {@link SecondStep} (which checks the lock first), verifies the code and records its time step
 * in the same transaction, and hands the result back to the flow.
 */
@ApplicationScoped
@Transactional
public class TotpStep implements CodeStep {
  private static final List<String> AMR = List.of(TotpFactor.AMR);

  @Inject SecondStep secondStep;
  @Inject TotpCredentials credentials;
  @Inject TotpVerifier verifier;
  @Inject TimeSource time;

  @Override
  public String method() {
    return TotpFactor.METHOD;
  }

  @Override
  public LoginOutcome answer(String mfaToken, String code) {
    SecondStep.Attempt attempt = secondStep.answer(mfaToken, TotpFactor.METHOD);
    Optional<TotpCredential> credential = credentials.findConfirmed(attempt.userId());
    TotpVerifier.Verdict verdict =
        credential
            .map(c -> verifier.verify(credentials.secretOf(c), c.lastUsedStep(), code, time.now()))
            .orElse(new TotpVerifier.Verdict.Wrong());
    String refused =
        switch (verdict) {
          case TotpVerifier.Verdict.Accepted a ->
              credentials.markUsed(attempt.userId(), a.step()) ? null : "replayed_code";
          case TotpVerifier.Verdict.Replayed r -> "replayed_code";
          case TotpVerifier.Verdict.Wrong w -> "wrong_code";
        };
    if (refused != null) {
      throw secondStep.wrongAnswer(
          attempt,
          refused,
          new DomainException(ErrorCode.INVALID_MFA_CODE, "The code is not valid"));
    }
    return secondStep.passed(attempt, AMR);
  }
}
