package dev.tollgate.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * In front of every request the Faces servlet serves (pages and their static resources): the
 * security headers of SPEC §13, no caching of pages, and who may see which page. A signed-out
 * visitor of a signed-in page is sent to /login with the page as {@code return}; a non-admin
 * gets 403 on /admin pages.
 */
@WebFilter(servletNames = "FacesServlet", asyncSupported = true)
public class PageFilter extends HttpFilter {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "X-Content-Type-Options", "nosniff");
  private static final String RESOURCES = "/jakarta.faces.resource/";
  private static final Set<String> SIGNED_IN = Set.of("/profile", "/devices");
  private static final String ADMIN = "/admin/";

  @Inject Viewer viewer;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HEADERS.forEach(res::setHeader);
    String path = page(req);
    if (!path.startsWith(RESOURCES)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    boolean needsAdmin = path.startsWith(ADMIN);
    if ((needsAdmin || SIGNED_IN.contains(path)) && !viewer.isSignedIn()) {
      res.sendRedirect(
          req.getContextPath() + "/login?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      return;
    }
    if (needsAdmin && !viewer.isAdmin()) {
      forbidden(res);
      return;
    }
    chain.doFilter(req, res);
  }

  /** The page a request is for, the same with or without ".xhtml". */
  static String page(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.endsWith(".xhtml") && !path.startsWith(RESOURCES)
        ? path.substring(0, path.length() - ".xhtml".length())
        : path;
  }

  private static void forbidden(HttpServletResponse res) throws IOException {
    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter()
        .write(
            PlainPage.html(
                "Not allowed",
                "This page is for administrators only.",
                "/profile",
                "Back to your profile"));
  }
}
