package dev.tollgate.oidc.web;

import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.device.web.DeviceCookie;
import dev.tollgate.oidc.AuthorizeOutcome;
import dev.tollgate.oidc.AuthorizeService;
import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /oauth2/authorize} (GET or form POST, OIDC Core §3.1.2.1) and its continuation
 * {@code /oauth2/authorize/resume?request=<handle>}, where the login page returns the user.
 */
@WebServlet({"/oauth2/authorize", "/oauth2/authorize/resume"})
public class AuthorizeEndpoint extends HttpServlet {
  @Inject AuthorizeService service;
  @Inject DeploymentConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String sid = OidcHttp.cookie(req, AuthCookies.SESSION);
    String device = OidcHttp.cookie(req, DeviceCookie.NAME);
    AuthorizeOutcome outcome =
        req.getServletPath().endsWith("/resume")
            ? service.resume(req.getParameter("request"), sid, device)
            : service.authorize(OidcHttp.parameters(req), sid, device);
    AuthorizeResponse.write(outcome, config.issuer(), res);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    doGet(req, res);
  }
}
