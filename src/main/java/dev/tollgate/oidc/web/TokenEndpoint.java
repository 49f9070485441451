package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import dev.tollgate.oidc.OidcError;
import dev.tollgate.oidc.TokenGrantRequest;
import dev.tollgate.oidc.TokenService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code POST /oauth2/token} (RFC 6749 §3.2): codes and refresh tokens for tokens. */
@WebServlet("/oauth2/token")
public class TokenEndpoint extends HttpServlet {
  private static final long MAX_BODY = 16 * 1024;

  @Inject TokenService service;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    OidcHttp.allowCors(res);
    String authorization = req.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    try {
      TokenGrantRequest request =
          TokenGrantRequest.parse(JakartaServletUtils.createHTTPRequest(req, MAX_BODY));
      OidcHttp.write(TokenResponse.success(service.exchange(request)), res);
    } catch (OidcError e) {
      OidcHttp.write(TokenResponse.error(e, basic), res);
    }
  }

  @Override
  protected void doOptions(HttpServletRequest req, HttpServletResponse res) {
    OidcHttp.allowCors(res);
    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
