package dev.tollgate.ops;

import dev.tollgate.auth.token.SigningKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/jwks.json}: the public keys that verify every token Tollgate signs. */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {
  @Inject SigningKeys keys;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "public, max-age=300");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.getWriter().write(keys.publicKeys().toString());
  }
}
