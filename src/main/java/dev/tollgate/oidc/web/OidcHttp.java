package dev.tollgate.oidc.web;

import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the protocol servlets share: parameters, cookies, and answers that are never cached. */
final class OidcHttp {
  private OidcHttp() {}

  static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
    return params;
  }

  static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    return Arrays.stream(cookies)
        .filter(c -> c.getName().equals(name) && !c.getValue().isBlank())
        .map(Cookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Protocol answers carry codes and tokens: no caching, no sniffing, no framing. */
  static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  static void write(HTTPResponse answer, HttpServletResponse response) throws IOException {
    noStore(response);
    JakartaServletUtils.applyHTTPResponse(answer, response);
  }

  static void redirect(HttpServletResponse response, String location) {
    noStore(response);
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", location);
  }

  /** Token and userinfo calls come from browsers too (SPAs): any origin, never with cookies. */
  static void allowCors(HttpServletResponse response) {
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
    response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    response.setHeader("Access-Control-Max-Age", "600");
  }
}
