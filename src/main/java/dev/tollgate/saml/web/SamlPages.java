package dev.tollgate.saml.web;

import dev.tollgate.saml.SamlOutcome;
import dev.tollgate.shared.web.Html;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The HTML the SAML endpoints answer with, under a strict Content-Security-Policy: the
 * auto-submitting form runs no inline script (a static file submits it; without script, a
 * visible button does), and may post only to the SP's origin.
 */
final class SamlPages {
  static final String AUTOPOST_SCRIPT = "/resources/saml/autopost.js";

  private SamlPages() {}

  static void post(HttpServletResponse res, SamlOutcome.Post post) throws IOException {
    URI action = URI.create(post.action());
    String origin = action.getScheme() + "://" + action.getRawAuthority();
    headers(res, "default-src 'none'; script-src 'self'; form-action " + origin
        + "; frame-ancestors 'none'; base-uri 'none'");
    String relay =
        post.relayState()
            .map(r -> "<input type=\"hidden\" name=\"RelayState\" value=\"" + Html.escape(r) + "\">")
            .orElse("");
    write(res, 200, "Signing you in",
        "<form id=\"saml-autopost\" method=\"post\" action=\"" + Html.escape(post.action()) + "\">"
            + "<input type=\"hidden\" name=\"" + Html.escape(post.field()) + "\" value=\"" + Html.escape(post.value()) + "\">"
            + relay
            + "<p>Sending you back to the application&hellip;</p>"
            + "<button type=\"submit\">Continue</button></form>"
            + "<script src=\"" + AUTOPOST_SCRIPT + "\"></script>");
  }

  static void page(HttpServletResponse res, int status, String title, String body) throws IOException {
    headers(res, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    write(res, status, title, body);
  }

  static void error(HttpServletResponse res, int status, String code, String message) throws IOException {
    page(res, status, "Sign-in failed",
        "<p>" + Html.escape(message) + "</p><p>Error code: <code id=\"error-code\">" + Html.escape(code) + "</code></p>");
  }

  private static void headers(HttpServletResponse res, String csp) {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Pragma", "no-cache");
    res.setHeader("Referrer-Policy", "no-referrer");
  }

  private static void write(HttpServletResponse res, int status, String title, String body)
      throws IOException {
    res.setStatus(status);
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
            + " - Tollgate</title></head><body><h1>" + Html.escape(title) + "</h1>" + body + "</body></html>");
  }
}
