package dev.tollgate.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's own answers (an address nothing serves, a page that failed) are the static
 * pages of web.xml's error-page entries, not Payara's error report: they name no server and
 * carry the same security headers as every page ({@link PageFilter}), and are never cached.
 */
@WebFilter(
    urlPatterns = {"/not-found.html", "/error.html"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ErrorPageFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    PageFilter.HEADERS.forEach(res::setHeader);
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Pragma", "no-cache");
    chain.doFilter(req, res);
  }
}
