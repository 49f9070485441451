package dev.tollgate.auth.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The cookies of SPEC §9, with exactly the attributes the contract names. */
public final class AuthCookies {
  public static final String SESSION = "idp_sid";
  public static final String TOKEN = "idp_token";

  private AuthCookies() {}

  public static NewCookie session(String value, Duration lifetime) {
    return cookie(SESSION, value, "/", NewCookie.SameSite.LAX, (int) lifetime.toSeconds());
  }

  public static NewCookie token(String value, long lifetimeSeconds) {
    return cookie(TOKEN, value, "/api", NewCookie.SameSite.STRICT, (int) lifetimeSeconds);
  }

  public static NewCookie clearSession() {
    return cookie(SESSION, "", "/", NewCookie.SameSite.LAX, 0);
  }

  public static NewCookie clearToken() {
    return cookie(TOKEN, "", "/api", NewCookie.SameSite.STRICT, 0);
  }

  static NewCookie cookie(
      String name, String value, String path, NewCookie.SameSite sameSite, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path(path)
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(true)
        .sameSite(sameSite)
        .build();
  }
}
