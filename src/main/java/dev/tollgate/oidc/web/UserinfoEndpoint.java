package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import dev.tollgate.oidc.OidcError;
import dev.tollgate.oidc.UserinfoService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /oauth2/userinfo} (OIDC Core §5.3) with a bearer access token; refusals are RFC 6750
 * answers (401 with {@code WWW-Authenticate: Bearer error="invalid_token"}).
 */
@WebServlet("/oauth2/userinfo")
public class UserinfoEndpoint extends HttpServlet {
  private static final long MAX_BODY = 16 * 1024;

  @Inject UserinfoService service;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    OidcHttp.allowCors(res);
    try {
      UserInfoRequest request = UserInfoRequest.parse(JakartaServletUtils.createHTTPRequest(req, MAX_BODY));
      String token = request.getAccessToken().getValue();
      OidcHttp.write(new UserInfoSuccessResponse(service.userinfo(token)).toHTTPResponse(), res);
    } catch (ParseException e) {
      OidcHttp.write(new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse(), res);
    } catch (OidcError e) {
      OidcHttp.write(new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN).toHTTPResponse(), res);
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    doGet(req, res);
  }

  @Override
  protected void doOptions(HttpServletRequest req, HttpServletResponse res) {
    OidcHttp.allowCors(res);
    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
