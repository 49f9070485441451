package dev.tollgate.oidc.web;

import dev.tollgate.oidc.DiscoveryDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/openid-configuration} (OpenID Connect Discovery 1.0). */
@WebServlet("/.well-known/openid-configuration")
public class DiscoveryEndpoint extends HttpServlet {
  @Inject DiscoveryDocument document;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "public, max-age=300");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.getWriter().write(document.json());
  }
}
