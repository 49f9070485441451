package dev.tollgate.web;

import jakarta.ws.rs.core.NewCookie;

/**
 * Writes the API's cookies ({@code AuthCookies}, {@code DeviceCookie}: one definition of their
 * attributes) as {@code Set-Cookie} headers, for pages that answer through the Servlet API.
 */
final class PageCookies {
  private PageCookies() {}

  static String header(NewCookie cookie) {
    StringBuilder header = new StringBuilder(cookie.getName()).append('=').append(cookie.getValue());
    if (cookie.getPath() != null) {
      header.append("; Path=").append(cookie.getPath());
    }
    if (cookie.getMaxAge() >= 0) {
      header.append("; Max-Age=").append(cookie.getMaxAge());
      if (cookie.getMaxAge() == 0) {
        header.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
      }
    }
    if (cookie.isSecure()) {
      header.append("; Secure");
    }
    if (cookie.isHttpOnly()) {
      header.append("; HttpOnly");
    }
    if (cookie.getSameSite() != null) {
      String name = cookie.getSameSite().name();
      header.append("; SameSite=").append(name.charAt(0)).append(name.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return header.toString();
  }
}
