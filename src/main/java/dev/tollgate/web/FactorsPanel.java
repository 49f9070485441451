package dev.tollgate.web;

import dev.tollgate.mfa.passkey.PasskeyEnrollment;
import dev.tollgate.mfa.passkey.Passkeys;
import dev.tollgate.mfa.totp.TotpEnrollment;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The factors on the profile page: the authenticator app (set up with QR code and secret,
 * confirm, remove) and passkeys (register, rename, remove), each change made through
 * {@link ProfilePage#change} and the same services as the API.
 */
@Named
@ViewScoped
public class FactorsPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProfilePage page;
  @Inject Viewer viewer;
  @Inject TotpEnrollment totp;
  @Inject PasskeyEnrollment passkeyEnrollment;
  @Inject Passkeys passkeys;
  @Inject Settings settings;
  @Inject PageResponses responses;
  @Inject FactorPages factorPages;

  private TotpSetup totpSetup;
  private String code;
  private String newPasskeyName;
  private String passkeySession;
  private String passkeyOptions;
  private String credential;
  private final Map<String, String> names = new HashMap<>();

  public void startTotp() {
    UUID me = viewer.require().userId();
    page.change(() -> totpSetup = TotpSetup.of(totp.start(me)));
  }

  public void confirmTotp() {
    UUID me = viewer.require().userId();
    String given = code == null ? "" : code.replaceAll("\\s", "");
    code = null;
    page.change(() -> {
      totp.confirm(me, given);
      totpSetup = null;
      responses.info("Your authenticator app is set up.");
    });
  }

  public void cancelTotp() {
    totpSetup = null;
  }

  public void removeTotp() {
    UUID me = viewer.require().userId();
    page.change(() -> {
      totp.remove(me);
      responses.info("The authenticator app was removed.");
    });
  }

  public void startPasskey() {
    UUID me = viewer.require().userId();
    String name = LoginPage.blankToNull(newPasskeyName);
    page.change(() -> {
      PasskeyEnrollment.Start start = passkeyEnrollment.begin(me, name);
      passkeySession = start.session();
      passkeyOptions = start.publicKey().toString();
    });
  }

  public void finishPasskey() {
    UUID me = viewer.require().userId();
    String answer = credential;
    String session = passkeySession;
    String name = LoginPage.blankToNull(newPasskeyName);
    credential = null;
    passkeyOptions = null;
    page.change(() -> {
      passkeyEnrollment.finish(me, session, StepAnswers.parse(answer), name);
      newPasskeyName = null;
      responses.info("The passkey was added.");
    });
  }

  public void cancelPasskey() {
    passkeyOptions = null;
  }

  public void rename(String passkeyId) {
    UUID me = viewer.require().userId();
    String name = names.get(passkeyId) == null ? "" : names.get(passkeyId).trim();
    page.change(() -> {
      passkeys.rename(me, passkeyId, name);
      names.remove(passkeyId);
      responses.info("The passkey was renamed.");
    });
  }

  public void remove(String passkeyId) {
    UUID me = viewer.require().userId();
    page.change(() -> {
      passkeys.remove(me, passkeyId);
      responses.info("The passkey was removed.");
    });
  }

  public boolean isTotpEnrolled() {
    return totp.status(viewer.require().userId()).enrolled();
  }

  public String getTotpSince() {
    return Dates.format(totp.status(viewer.require().userId()).createdAt(), "");
  }

  public List<PasskeyRow> getPasskeys() {
    return passkeys.list(viewer.require().userId()).stream().map(PasskeyRow::of).toList();
  }

  public String getAllowedMethods() {
    return factorPages.names(settings.current().mfaAllowedMethods());
  }

  /** Whether {@code mfa_allowed_methods} lets users set up {@code method}. */
  public boolean allowed(String method) {
    return settings.current().mfaAllowedMethods().contains(method);
  }

  /** The global policy in words, with enforced enrollment and the re-verification interval. */
  public List<String> getPolicy() {
    SettingsSnapshot now = settings.current();
    List<String> lines = new java.util.ArrayList<>(List.of(factorPages.policy(now.mfaPolicy())));
    if (now.mfaEnforceEnrollment()) {
      lines.add("Every account must set up a second factor.");
    }
    if (now.mfaReauthIntervalMinutes() > 0) {
      lines.add("Applications ask for your second factor again after "
          + now.mfaReauthIntervalMinutes() + " minutes.");
    }
    lines.add("An application may ask for more than this.");
    return lines;
  }

  public TotpSetup getTotpSetup() {
    return totpSetup;
  }

  public String getPasskeyOptions() {
    return passkeyOptions;
  }

  public Map<String, String> getNames() {
    return names;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewPasskeyName() {
    return newPasskeyName;
  }

  public void setNewPasskeyName(String newPasskeyName) {
    this.newPasskeyName = newPasskeyName;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }
}
