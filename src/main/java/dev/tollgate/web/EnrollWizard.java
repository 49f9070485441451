package dev.tollgate.web;

import dev.tollgate.mfa.passkey.PasskeyEnrollment;
import dev.tollgate.mfa.passkey.PasskeySignInEnrollment;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.mfa.totp.TotpSignInEnrollment;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The enrollment wizard of a sign-in the policy stopped at "enrollment required": an
 * authenticator app (QR code, secret, confirm) or a passkey, enrolled with the sign-in's
 * enrollment token through the same services as the API; the confirmed factor completes the
 * sign-in, which {@link LoginPage} then finishes.
 */
@Named
@ViewScoped
public class EnrollWizard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LoginPage page;
  @Inject TotpSignInEnrollment totp;
  @Inject PasskeySignInEnrollment passkey;
  @Inject PageResponses responses;

  private TotpSetup totpSetup;
  private String code;
  private String passkeyName;
  private String passkeySession;
  private String passkeyOptions;
  private String credential;

  public void startTotp() {
    try {
      totpSetup = TotpSetup.of(totp.start(page.enrollmentToken()));
      passkeyOptions = null;
    } catch (DomainException e) {
      failed(e);
    }
  }

  public void confirmTotp() {
    String given = code == null ? "" : code.replaceAll("\\s", "");
    code = null;
    try {
      page.proceed(totp.confirm(page.enrollmentToken(), given));
    } catch (DomainException e) {
      failed(e);
    }
  }

  public void startPasskey() {
    try {
      PasskeyEnrollment.Start start =
          passkey.begin(page.enrollmentToken(), LoginPage.blankToNull(passkeyName));
      passkeySession = start.session();
      passkeyOptions = start.publicKey().toString();
      totpSetup = null;
    } catch (DomainException e) {
      failed(e);
    }
  }

  public void finishPasskey() {
    String answer = credential;
    credential = null;
    try {
      page.proceed(
          passkey.finish(
              page.enrollmentToken(), passkeySession, StepAnswers.parse(answer),
              LoginPage.blankToNull(passkeyName)));
    } catch (DomainException e) {
      passkeyOptions = null;
      failed(e);
    }
  }

  private void failed(DomainException e) {
    responses.error(PlainWords.of(e));
    if (e.code() == ErrorCode.INVALID_ENROLLMENT_TOKEN) {
      totpSetup = null;
      passkeyOptions = null;
      page.restart();
    }
  }

  /** Whether the sign-in's enrollment token lets the user enroll {@code method}. */
  public boolean allows(String method) {
    return page.getEnrollMethods().contains(method);
  }

  public TotpSetup getTotpSetup() {
    return totpSetup;
  }

  public String getPasskeyOptions() {
    return passkeyOptions;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPasskeyName() {
    return passkeyName;
  }

  public void setPasskeyName(String passkeyName) {
    this.passkeyName = passkeyName;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }
}
