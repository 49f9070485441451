package dev.tollgate.saml.web;

import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.device.web.DeviceCookie;
import dev.tollgate.saml.BrowserCookies;
import dev.tollgate.saml.SamlException;
import dev.tollgate.saml.SamlLogout;
import dev.tollgate.saml.SamlMetadata;
import dev.tollgate.saml.SamlOutcome;
import dev.tollgate.saml.SamlSso;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.web.Html;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser-facing SAML endpoints (SPEC §12) under {@code /saml/{app_id}/}: {@code metadata},
 * {@code sso}, {@code launch}, {@code continue} (where the login page returns) and {@code slo}.
 * A refused request is a plain error page with its code; nothing is ever posted to an ACS
 * before the request naming it has been verified.
 */
@WebServlet(urlPatterns = "/saml/*")
public class SamlServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(SamlServlet.class.getName());

  @Inject SamlSso sso;
  @Inject SamlLogout logout;
  @Inject SamlMetadata metadata;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String[] path = path(req);
    if (path.length != 2) {
      SamlPages.error(res, 404, "not_found", "There is nothing here");
      return;
    }
    handle(res, () -> switch (path[1]) {
      case "metadata" -> {
        res.setHeader("Cache-Control", "public, max-age=300");
        res.setContentType("application/samlmetadata+xml");
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(metadata.of(path[0]));
        yield null;
      }
      case "sso" -> sso.start(path[0], req.getQueryString(), cookies(req));
      case "launch" -> sso.launch(path[0], Optional.ofNullable(req.getParameter("RelayState")), cookies(req));
      case "continue" -> sso.resume(path[0], req.getParameter("request"), cookies(req));
      default -> throw new SamlException("not_found", 404, "There is nothing here");
    });
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String[] path = path(req);
    if (path.length != 2 || !"slo".equals(path[1])) {
      SamlPages.error(res, 404, "not_found", "There is nothing here");
      return;
    }
    handle(res, () -> {
      SamlOutcome outcome =
          logout.logout(path[0], req.getParameter("SAMLRequest"),
              Optional.ofNullable(req.getParameter("RelayState")), cookies(req));
      clearSessionCookies(res);
      return outcome;
    });
  }

  private interface Action {
    SamlOutcome run() throws IOException;
  }

  private static void handle(HttpServletResponse res, Action action) throws IOException {
    try {
      SamlOutcome outcome = action.run();
      switch (outcome) {
        case null -> { }
        case SamlOutcome.Redirect r -> {
          res.setHeader("Cache-Control", "no-store");
          res.setStatus(302);
          res.setHeader("Location", r.location());
        }
        case SamlOutcome.Post p -> SamlPages.post(res, p);
        case SamlOutcome.Page p -> SamlPages.page(res, 200, p.title(), "<p>" + Html.escape(p.message()) + "</p>");
      }
    } catch (SamlException e) {
      SamlPages.error(res, e.status(), e.code(), e.getMessage());
    } catch (DomainException e) {
      SamlPages.error(res, e.status(), e.code().code(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "SAML endpoint failed", e);
      SamlPages.error(res, 500, "internal_error", "Something went wrong; please try again");
    }
  }

  private static void clearSessionCookies(HttpServletResponse res) {
    res.addCookie(cleared(AuthCookies.SESSION, "/", "Lax"));
    res.addCookie(cleared(AuthCookies.TOKEN, "/api", "Strict"));
  }

  private static Cookie cleared(String name, String path, String sameSite) {
    Cookie cookie = new Cookie(name, "");
    cookie.setPath(path);
    cookie.setMaxAge(0);
    cookie.setHttpOnly(true);
    cookie.setSecure(true);
    cookie.setAttribute("SameSite", sameSite);
    return cookie;
  }

  private static String[] path(HttpServletRequest req) {
    String info = req.getPathInfo();
    return info == null ? new String[0] : info.substring(1).split("/", -1);
  }

  private static BrowserCookies cookies(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies() == null ? new Cookie[0] : req.getCookies();
    return new BrowserCookies(value(cookies, AuthCookies.SESSION), value(cookies, DeviceCookie.NAME));
  }

  private static String value(Cookie[] cookies, String name) {
    return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
        .findFirst().orElse(null);
  }
}
