package dev.tollgate.web;

import dev.tollgate.application.ApplicationRepository;
import dev.tollgate.auth.LoginCommand;
import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.LoginService;
import dev.tollgate.auth.mfa.SecondStep;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.sso.SsoGate;
import dev.tollgate.auth.sso.SsoRequest;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sign-in page (/login, the login contract in README): password, then the second step,
 * the enrollment wizard ({@link EnrollWizard}) or nothing, then "Save recovery codes?" after the
 * wizard set up a factor for a user without codes ({@link RecoveryOffer}), then "Trust this
 * device?" when a trust token was earned, then back to the validated {@code return} path. With a session,
 * {@code prompt=login} asks for the password again, {@code prompt=mfa} runs only a step-up on
 * that session, and no prompt goes straight back.
 */
@Named
@ViewScoped
public class LoginPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Which part of the sign-in the page shows. */
  public enum Stage { PASSWORD, SECOND_STEP, ENROLL, RECOVERY_CODES, TRUST, REFUSED }

  @Inject Viewer viewer;
  @Inject LoginService login;
  @Inject SecondStep secondStep;
  @Inject SessionService sessions;
  @Inject TrustOffer trust;
  @Inject RecoveryOffer recoveryOffer;
  @Inject StepAnswers answers;
  @Inject PageResponses responses;
  @Inject ApplicationRepository applications;
  @Inject SsoGate gate;

  private Stage stage = Stage.PASSWORD;
  private String returnTo = ReturnPath.DEFAULT;
  private String clientId;
  private boolean stepUp;
  private String email;
  private String password;
  private PendingStep step;
  private String enrollmentToken;
  private List<String> enrollMethods = List.of();
  /** Between the sign-in and its offers: whose it is, and the trust token it earned (or null). */
  private UUID signedInUser;
  private String trustDeviceToken;

  /** GET /login: reads the contract's parameters once, before the page is shown. */
  public void open() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    returnTo = ReturnPath.orDefault(params.get("return"));
    clientId = blankToNull(params.get("client_id"));
    Set<String> prompt = Set.copyOf(Arrays.asList(String.valueOf(params.get("prompt")).split(" ")));
    if (clientId != null) {
      try {
        login.requireKnownClient(clientId);
      } catch (DomainException e) {
        stage = Stage.REFUSED;
        responses.error(PlainWords.of(e));
        return;
      }
    }
    viewer.current().ifPresent(me -> {
      if (prompt.contains("mfa") && !prompt.contains("login")) {
        startStepUp(me);
      } else if (prompt.contains("login")) {
        email = me.user().email();
      } else {
        responses.redirect(returnTo);
      }
    });
  }

  /**
   * {@code prompt=mfa}: the second step only, on the browser's session; never a trusted device.
   * For an application, only the methods its policy accepts are offered (a passkey application
   * over a session that verified TOTP asks for the passkey), so the answer satisfies it.
   */
  private void startStepUp(Viewer.SignedIn me) {
    try {
      Optional<List<String>> accepted =
          Optional.ofNullable(clientId)
              .flatMap(applications::findByClientId)
              .flatMap(app -> gate.stepUpMethods(
                  SsoRequest.of(viewer.sessionCookie(), app.appPolicy(), viewer.deviceCookie())));
      step = answers.open(accepted
          .map(methods -> secondStep.challengeStepUp(me.userId(), me.sessionId(), methods))
          .orElseGet(() -> secondStep.challengeStepUp(me.userId(), me.sessionId())));
      stepUp = true;
      stage = Stage.SECOND_STEP;
    } catch (DomainException e) {
      if (e.code() != ErrorCode.MFA_NOT_ENROLLED) {
        responses.error(PlainWords.of(e));
      }
      // without a factor to verify, a full sign-in lets the policy ask for an enrollment
      email = me.user().email();
    }
  }

  public void signIn() {
    LoginOutcome outcome;
    try {
      outcome =
          login.login(
              new LoginCommand(
                  email == null ? "" : email, password == null ? "" : password, clientId,
                  viewer.sessionCookie(), viewer.deviceCookie()));
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
      return;
    } finally {
      password = null;
    }
    proceed(outcome);
  }

  /** A code typed for {@code method} (TOTP, a recovery code). */
  public void answerCode(String method) {
    if (expired()) {
      return;
    }
    try {
      proceed(answers.answerCode(step, method));
    } catch (DomainException e) {
      stepFailed(e, PlainWords.of(e));
    }
  }

  public void answerPasskey() {
    if (expired()) {
      return;
    }
    try {
      proceed(answers.answerPasskey(step));
    } catch (DomainException e) {
      stepFailed(e, PlainWords.ofPasskeyAnswer(e));
    }
  }

  /** An answer posted from a step this page no longer waits for (after "Start again"). */
  private boolean expired() {
    if (step != null) {
      return false;
    }
    responses.error("This sign-in has expired. Please start again.");
    restart();
    return true;
  }

  /** A refused answer: try again while the step is open, or start over once it is gone. */
  private void stepFailed(DomainException e, String message) {
    responses.error(message);
    boolean gone =
        e.code() == ErrorCode.INVALID_MFA_TOKEN || e.code() == ErrorCode.TOO_MANY_ATTEMPTS;
    if (gone && !stepUp) {
      restart();
    } else {
      answers.renewPasskeyOptions(step);
    }
  }

  /** Where every successful step leads: cookies, then trust, enrollment or the way back. */
  void proceed(LoginOutcome outcome) {
    switch (outcome) {
      case LoginOutcome.Complete complete -> completed(complete);
      case LoginOutcome.MfaRequired challenge -> {
        if (challenge.forgetDeviceCookie()) {
          responses.forgetDevice();
        }
        step = answers.open(challenge);
        stage = Stage.SECOND_STEP;
      }
      case LoginOutcome.EnrollmentRequired enrollment -> {
        enrollmentToken = enrollment.enrollmentToken();
        enrollMethods = enrollment.allowedMethods();
        stage = Stage.ENROLL;
      }
      case LoginOutcome.Reverified reverified -> {
        responses.reverified(reverified);
        responses.continueTo(returnTo);
      }
    }
  }

  private void completed(LoginOutcome.Complete complete) {
    responses.signedIn(complete);
    boolean enrolled = stage == Stage.ENROLL;
    step = null;
    enrollmentToken = null;
    signedInUser = sessions.findActive(complete.sessionToken()).map(SsoSession::userId).orElseThrow();
    trustDeviceToken = complete.trustDeviceToken();
    if (enrolled && recoveryOffer.applies(signedInUser)) {
      stage = Stage.RECOVERY_CODES;
      return;
    }
    afterRecoveryOffer();
  }

  /** "Trust this device?" when the sign-in earned a trust token, else back where it was going. */
  void afterRecoveryOffer() {
    if (trustDeviceToken == null) {
      responses.continueTo(returnTo);
      return;
    }
    trust.offer(trustDeviceToken, signedInUser);
    trustDeviceToken = null;
    stage = Stage.TRUST;
  }

  /** Back to the password, forgetting the sign-in in progress. */
  public void restart() {
    step = null;
    enrollmentToken = null;
    stepUp = false;
    stage = Stage.PASSWORD;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  String returnTo() {
    return returnTo;
  }

  String enrollmentToken() {
    return enrollmentToken;
  }

  public List<String> getEnrollMethods() {
    return enrollMethods;
  }

  public Stage getStage() {
    return stage;
  }

  public boolean isStepUp() {
    return stepUp;
  }

  public PendingStep getStep() {
    return step;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
