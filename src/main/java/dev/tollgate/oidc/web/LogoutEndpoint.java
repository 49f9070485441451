package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.oidc.LogoutRequest;
import dev.tollgate.oidc.LogoutService;
import dev.tollgate.oidc.NoRedirect;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /oauth2/logout} (OpenID Connect RP-Initiated Logout 1.0, GET or form POST): signs the
 * user out, clears {@code idp_sid} and {@code idp_token}, then returns to the client's
 * registered {@code post_logout_redirect_uri} with its {@code state}, or shows a signed-out page.
 */
@WebServlet("/oauth2/logout")
public class LogoutEndpoint extends HttpServlet {
  @Inject LogoutService service;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      LogoutService.SignedOut done =
          service.logout(LogoutRequest.parse(OidcHttp.parameters(req)), OidcHttp.cookie(req, AuthCookies.SESSION));
      res.addHeader("Set-Cookie", AuthCookies.clearSession().toString());
      res.addHeader("Set-Cookie", AuthCookies.clearToken().toString());
      if (done.redirectUri().isPresent()) {
        OidcHttp.redirect(res, withState(done.redirectUri().get(), done.state()));
      } else {
        ErrorPage.write(res, HttpServletResponse.SC_OK, "Signed out", "You are signed out of Tollgate.");
      }
    } catch (NoRedirect e) {
      ErrorPage.write(res, HttpServletResponse.SC_BAD_REQUEST, "Sign-out refused", e.getMessage());
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    doGet(req, res);
  }

  private static String withState(String uri, String state) {
    if (state == null) {
      return uri;
    }
    String query = URLUtils.serializeParameters(Map.of("state", List.of(new State(state).getValue())));
    return uri + (uri.contains("?") ? "&" : "?") + query;
  }
}
