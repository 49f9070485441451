package dev.tollgate.web;

import java.io.Serializable;
import java.util.List;

/**
 * A second step a page is waiting for (a sign-in's or a step-up's): the mfa_token, the methods
 * it offers (each shown by its factor's step fragment), the method the user chose to see, the
 * passkey request options for the browser, and what the form posted back (a code, or the
 * passkey's answer as JSON). Kept in the view's server-side state only.
 */
public class PendingStep implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String mfaToken;
  private final List<String> methods;
  private String chosen;
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

  /** Whether {@code method} may answer this step. */
  public boolean offers(String method) {
    return methods.contains(method);
  }

  /** Whether {@code method} is the first the page lists (the others then read "or ..."). */
  public boolean first(String method) {
    return !methods.isEmpty() && methods.getFirst().equals(method);
  }

  /** Whether another method than {@code method} may answer it too. */
  public boolean offersOtherThan(String method) {
    return methods.stream().anyMatch(other -> !other.equals(method));
  }

  /**
   * A method the page shows only on request (a recovery code, behind "Use a recovery code") is
   * shown once chosen, or when nothing else may answer.
   */
  public boolean shows(String method) {
    return method.equals(chosen) || !offersOtherThan(method);
  }

  public void choose(String method) {
    if (offers(method)) {
      chosen = method;
    }
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
