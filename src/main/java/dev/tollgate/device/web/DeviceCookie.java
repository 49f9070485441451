package dev.tollgate.device.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** {@code idp_device} with exactly the attributes of SPEC §8; Path=/ so sign-in pages get it. */
public final class DeviceCookie {
  public static final String NAME = "idp_device";

  private DeviceCookie() {}

  public static NewCookie of(String value, Duration lifetime) {
    return build(value, (int) lifetime.toSeconds());
  }

  /** Tells the browser to drop a cookie that will never work again. */
  public static NewCookie clear() {
    return build("", 0);
  }

  private static NewCookie build(String value, int maxAge) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path("/")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }
}
