package dev.tollgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.device.web.DeviceCookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pages set exactly the cookies the API sets (SPEC §8, §9). */
class PageCookiesTest {

  @Test
  void theSessionCookie() {
    assertThat(PageCookies.header(AuthCookies.session("abc", Duration.ofDays(7))))
        .isEqualTo("idp_sid=abc; Path=/; Max-Age=604800; Secure; HttpOnly; SameSite=Lax");
  }

  @Test
  void thePortalTokenCookieGoesToTheApiOnly() {
    assertThat(PageCookies.header(AuthCookies.token("t.o.k", 3600)))
        .isEqualTo("idp_token=t.o.k; Path=/api; Max-Age=3600; Secure; HttpOnly; SameSite=Strict");
  }

  @Test
  void clearingExpiresTheCookieNow() {
    assertThat(PageCookies.header(AuthCookies.clearSession()))
        .isEqualTo("idp_sid=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly; SameSite=Lax");
    assertThat(PageCookies.header(DeviceCookie.of("d", Duration.ofDays(30))))
        .isEqualTo("idp_device=d; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Strict");
  }
}
