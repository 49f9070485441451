package dev.tollgate.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.mfa.CodeStep;
import dev.tollgate.mfa.passkey.PasskeyFactor;
import dev.tollgate.mfa.passkey.PasskeyStep;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * The second step as pages run it, on the same step services as the API's second-step
 * endpoints: a code (TOTP, a recovery code: any factor with a {@link CodeStep}) is answered
 * directly; for a passkey the request options are issued when the step is shown, and the
 * browser's answer comes back through the form.
 */
@ApplicationScoped
public class StepAnswers {
  private static final int MAX_CREDENTIAL_LENGTH = 64 * 1024;

  @Inject Instance<CodeStep> codeSteps;
  @Inject PasskeyStep passkey;

  /** A step for a challenge just issued, with passkey options when a passkey may answer it. */
  public PendingStep open(LoginOutcome.MfaRequired challenge) {
    PendingStep step = new PendingStep(challenge.mfaToken(), challenge.methods());
    renewPasskeyOptions(step);
    return step;
  }

  /**
   * New passkey options (each passkey answer uses its challenge up, right or wrong); none while
   * the step is locked or gone, when the page says why anyway.
   */
  public void renewPasskeyOptions(PendingStep step) {
    step.setPasskeyOptionsJson(null);
    if (step.offers(PasskeyFactor.METHOD)) {
      try {
        step.setPasskeyOptionsJson(passkey.begin(step.mfaToken()).toString());
      } catch (DomainException e) {
        // the answer to the next attempt explains the lock or the expiry
      }
    }
  }

  /** The code the page posted, answered by the step of {@code method}'s factor. */
  public LoginOutcome answerCode(PendingStep step, String method) {
    String code = step.takeCode();
    CodeStep answering =
        codeSteps.stream()
            .filter(candidate -> candidate.method().equals(method))
            .findFirst()
            .orElseThrow(() -> new DomainException(
                ErrorCode.MFA_METHOD_NOT_ALLOWED, "This sign-in does not offer " + method));
    return answering.answer(step.mfaToken(), code);
  }

  public LoginOutcome answerPasskey(PendingStep step) {
    return passkey.finish(step.mfaToken(), parse(step.takeCredential()));
  }

  /** The browser's {@code credential.toJSON()}, as the API would have received it. */
  static JsonObject parse(String json) {
    if (json == null || json.isBlank() || json.length() > MAX_CREDENTIAL_LENGTH) {
      throw unreadable();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw unreadable();
    }
  }

  private static DomainException unreadable() {
    return new DomainException(ErrorCode.VALIDATION_FAILED, "The browser's passkey answer could not be read.");
  }
}
