package dev.tollgate.mfa.passkey;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.mfa.passkey.PasskeyRejected.Reason;
import dev.tollgate.mfa.passkey.WebAuthnChallenge.Purpose;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The passkey answer to a second step (POST /auth/mfa/passkey/begin and /finish). Both open the
 * mfa_token through {@link SecondStep}, which checks the lock first; begin issues a WebAuthn
 * challenge keyed by that sign-in, finish takes it out, has the assertion verified, records the
 * use on the passkey and hands the result back to the flow. Every refusal, a missing or reused
 * challenge included, is a wrong answer the flow counts.
 */
@ApplicationScoped
@Transactional
public class PasskeyStep {
  @Inject SecondStep secondStep;
  @Inject PasskeyRepository passkeys;
  @Inject WebAuthnChallenges challenges;
  @Inject UserHandles handles;
  @Inject PasskeyVerifier verifier;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** The options for navigator.credentials.get: the user's passkeys and a fresh challenge. */
  public JsonObject begin(String mfaToken) {
    SecondStep.Pending pending = secondStep.open(mfaToken, PasskeyFactor.METHOD);
    WebAuthnChallenge challenge =
        challenges.issue(Purpose.AUTHENTICATION, challengeKey(pending.challengeId()), pending.userId(), null);
    return PasskeyOptions.request(
        verifier.relyingParty(), challenge.challenge(), passkeys.findByUser(pending.userId()));
  }

  public LoginOutcome finish(String mfaToken, JsonObject credential) {
    SecondStep.Attempt attempt = secondStep.answer(mfaToken, PasskeyFactor.METHOD);
    List<Passkey> candidates = passkeys.findByUser(attempt.userId());
    VerifiedAssertion assertion;
    try {
      assertion = verify(attempt, candidates, credential);
    } catch (PasskeyRejected e) {
      if (e.reason() == Reason.COUNTER_REGRESSION) {
        audit.record(AuditType.PASSKEY_COUNTER_REGRESSION, attempt.userId(), e.details());
      }
      throw secondStep.wrongAnswer(
          attempt, e.reason().wire(), new DomainException(ErrorCode.INVALID_MFA_CODE, e.getMessage()));
    }
    Passkey used =
        candidates.stream().filter(p -> p.credentialId().equals(assertion.credentialId())).findFirst().orElseThrow();
    if (!passkeys.advanceCounter(used, assertion.signCount())) {
      Map<String, Object> details = Map.of("passkey_id", used.id().toString(), "reason", "concurrent_use");
      audit.record(AuditType.PASSKEY_COUNTER_REGRESSION, attempt.userId(), details);
      throw secondStep.wrongAnswer(
          attempt, Reason.COUNTER_REGRESSION.wire(),
          new DomainException(ErrorCode.INVALID_MFA_CODE, "The passkey was used by another sign-in at the same time"));
    }
    used.recordUse(assertion, time.now());
    return secondStep.passed(attempt, amr(used, assertion));
  }

  private VerifiedAssertion verify(SecondStep.Attempt attempt, List<Passkey> candidates, JsonObject credential)
      throws PasskeyRejected {
    WebAuthnChallenge challenge =
        challenges
            .consume(Purpose.AUTHENTICATION, challengeKey(attempt.challengeId()), attempt.userId())
            .orElseThrow(
                () -> new PasskeyRejected(Reason.CHALLENGE, "No open passkey challenge for this sign-in; call begin first"));
    return verifier.verifyAssertion(
        credential == null ? null : credential.toString(),
        challenge.challenge(),
        candidates,
        handles.find(attempt.userId()).orElse(new byte[0]));
  }

  /**
   * RFC 8176 values: {@code swk} for a synced passkey (backup eligible: the private key can leave
   * the device, so it is not bound to hardware), {@code hwk} for a device-bound one, and
   * {@code user} when the authenticator verified the user (UV flag) in this assertion.
   */
  static List<String> amr(Passkey passkey, VerifiedAssertion assertion) {
    List<String> amr = new ArrayList<>();
    amr.add(
        passkey.backupEligible() || assertion.backupEligible()
            ? PasskeyFactor.SOFTWARE_KEY
            : PasskeyFactor.HARDWARE_KEY);
    if (assertion.userVerified()) {
      amr.add("user");
    }
    return amr;
  }

  /** The WebAuthn challenge of a second step is keyed by the sign-in's mfa challenge. */
  private static String challengeKey(UUID mfaChallengeId) {
    return mfaChallengeId.toString();
  }
}
