package dev.tollgate.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Profile → sign-in security: the authenticator app and passkeys ({@link FactorsPanel} holds
 * their state and the services' calls) and the policy in force. Every change to a factor first
 * passes the recent-verification check of SPEC §9, as the API's do; when it is missing, the page
 * runs a step-up in place (code or passkey) and then makes the change it was asked for.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A change to the user's factors, kept while the step-up before it runs. */
  @FunctionalInterface
  interface Change extends Serializable {
    void run();
  }

  @Inject Viewer viewer;
  @Inject RecentVerification recentVerification;
  @Inject SecondStep secondStep;
  @Inject StepAnswers answers;
  @Inject PageResponses responses;

  private Change pending;
  private PendingStep step;

  /** Runs the change now when the session's second factor is recent enough, else after a step-up. */
  void change(Change change) {
    Viewer.SignedIn me = viewer.require();
    try {
      recentVerification.require(me.userId(), me.sessionId());
    } catch (DomainException e) {
      if (e.code() != ErrorCode.MFA_REAUTH_REQUIRED) {
        responses.error(PlainWords.of(e));
        return;
      }
      stepUp(me, change);
      return;
    }
    run(change);
  }

  private void stepUp(Viewer.SignedIn me, Change change) {
    try {
      step = answers.open(secondStep.challengeStepUp(me.userId(), me.sessionId()));
      pending = change;
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
    }
  }

  private void run(Change change) {
    try {
      change.run();
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
    }
  }

  /** A code typed for {@code method} (TOTP, a recovery code). */
  public void answerCode(String method) {
    if (step == null) {
      return;
    }
    try {
      verified(answers.answerCode(step, method));
    } catch (DomainException e) {
      stepFailed(e, PlainWords.of(e));
    }
  }

  public void answerPasskey() {
    if (step == null) {
      return;
    }
    try {
      verified(answers.answerPasskey(step));
    } catch (DomainException e) {
      stepFailed(e, PlainWords.ofPasskeyAnswer(e));
    }
  }

  private void verified(LoginOutcome outcome) {
    if (outcome instanceof LoginOutcome.Reverified reverified) {
      responses.reverified(reverified);
    }
    Change change = pending;
    cancelStepUp();
    run(change);
  }

  private void stepFailed(DomainException e, String message) {
    responses.error(message);
    if (e.code() == ErrorCode.INVALID_MFA_TOKEN || e.code() == ErrorCode.TOO_MANY_ATTEMPTS) {
      cancelStepUp();
    } else {
      answers.renewPasskeyOptions(step);
    }
  }

  public void cancelStepUp() {
    pending = null;
    step = null;
  }

  public boolean isSteppingUp() {
    return step != null;
  }

  public PendingStep getStep() {
    return step;
  }
}
