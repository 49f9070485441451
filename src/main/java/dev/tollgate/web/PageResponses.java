package dev.tollgate.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.device.web.DeviceCookie;
import dev.tollgate.shared.web.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.NewCookie;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a page action sends back besides the page: the same cookies as the sign-in API
 * ({@code AuthResponses}), redirects to local paths, and messages in plain words.
 */
@ApplicationScoped
public class PageResponses {

  /** A completed sign-in: the session and portal-token cookies, as POST /auth/login sets them. */
  public void signedIn(LoginOutcome.Complete complete) {
    set(AuthCookies.session(complete.sessionToken(), complete.sessionLifetime()));
    set(AuthCookies.token(complete.token(), complete.expiresInSeconds()));
  }

  /** A step-up renewed the session: only the portal token is new. */
  public void reverified(LoginOutcome.Reverified reverified) {
    set(AuthCookies.token(reverified.token(), reverified.expiresInSeconds()));
  }

  public void signedOut() {
    set(AuthCookies.clearSession());
    set(AuthCookies.clearToken());
  }

  public void trusted(TrustedDevices.NewDevice device) {
    set(DeviceCookie.of(device.cookieValue(), device.lifetime()));
  }

  /** Drops an {@code idp_device} cookie the sign-in found useless. */
  public void forgetDevice() {
    set(DeviceCookie.clear());
  }

  /**
   * After a form post: a small page whose script follows a "Continue" link to the local path
   * (the link also works by hand), instead of a redirect. The path may redirect on to an
   * application on another origin (the OIDC continuation), and browsers hold every redirect
   * that follows a form submission to the page's CSP {@code form-action 'self'}.
   */
  public void continueTo(String localPath) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String href = Html.escape(external.getRequestContextPath() + localPath);
    external.setResponseStatus(200);
    external.setResponseContentType("text/html;charset=UTF-8");
    try {
      external.getResponseOutputWriter().write(PlainPage.continuing(href));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** A redirect to a local path (already validated: see {@link ReturnPath}). */
  public void redirect(String localPath) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + localPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void error(String message) {
    add(FacesMessage.SEVERITY_ERROR, message);
  }

  public void info(String message) {
    add(FacesMessage.SEVERITY_INFO, message);
  }

  private static void add(FacesMessage.Severity severity, String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
  }

  private static void set(NewCookie cookie) {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .addResponseHeader("Set-Cookie", PageCookies.header(cookie));
  }
}
