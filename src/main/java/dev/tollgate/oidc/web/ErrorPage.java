package dev.tollgate.oidc.web;

import dev.tollgate.shared.web.Html;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A plain page for what cannot be sent back to an application (unknown client, unregistered
 * redirect URI, expired continuation, bad logout request), and for a completed sign-out.
 */
final class ErrorPage {
  private ErrorPage() {}

  static void write(HttpServletResponse response, int status, String title, String message)
      throws IOException {
    OidcHttp.noStore(response);
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.getWriter().write(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + Html.escape(title) + " – Tollgate</title></head><body><main><h1>" + Html.escape(title)
            + "</h1><p>" + Html.escape(message) + "</p></main></body></html>");
  }
}
