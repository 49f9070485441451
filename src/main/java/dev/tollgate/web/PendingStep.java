package dev.tollgate.web;

import java.io.Serializable;
import java.util.List;

/**
 * A second step a page is waiting for (a sign-in's or a step-up's): the mfa_token, the methods
 * it offers, the passkey request options for the browser, and what the form posted back (a
 * code, or the passkey's answer as JSON). Kept in the view's server-side state only.
 */
public class PendingStep implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String mfaToken;
  private final List<String> methods;
  private String passkeyOptions;
  private String code;
  private String credential;

  PendingStep(String mfaToken, List<String> methods) {
    this.mfaToken = mfaToken;
    this.methods = List.copyOf(methods);
  }

  String mfaToken() {
    return mfaToken;
  }

  public boolean isTotp() {
    return methods.contains("totp");
  }

  public boolean isPasskey() {
    return methods.contains("passkey");
  }

  /** {@code PublicKeyCredentialRequestOptionsJSON}, or null when none could be issued. */
  public String getPasskeyOptions() {
    return passkeyOptions;
  }

  void setPasskeyOptionsJson(String options) {
    this.passkeyOptions = options;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  /** What was posted is used once: a page never shows a code or an answer back. */
  String takeCode() {
    String taken = code == null ? "" : code.replaceAll("\\s", "");
    code = null;
    return taken;
  }

  String takeCredential() {
    String taken = credential;
    credential = null;
    return taken;
  }
}
