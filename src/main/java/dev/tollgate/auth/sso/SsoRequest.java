package dev.tollgate.auth.sso;

import dev.tollgate.mfa.policy.AppPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a protocol endpoint knows when it asks {@link SsoGate}: the raw {@code idp_sid} value
 * (null when absent), the application, whether a fresh password is forced ({@code prompt=login},
 * SAML {@code ForceAuthn}), the OIDC {@code max_age}, the raw {@code idp_device} value, and, for
 * the continuation of a request that forced a password, the instant after which that password
 * must have been given ({@code passwordAfter}: the session's {@code auth_time} must be later).
 */
public record SsoRequest(
    String sessionToken,
    AppPolicy app,
    boolean forceLogin,
    Optional<Duration> maxAge,
    String deviceCookie,
    Optional<Instant> passwordAfter) {

  public SsoRequest {
    Objects.requireNonNull(app, "app");
    maxAge = maxAge == null ? Optional.empty() : maxAge;
    passwordAfter = passwordAfter == null ? Optional.empty() : passwordAfter;
  }

  /** A first request: nothing forced, no max_age, no earlier request to be newer than. */
  public static SsoRequest of(String sessionToken, AppPolicy app, String deviceCookie) {
    return new SsoRequest(sessionToken, app, false, Optional.empty(), deviceCookie, Optional.empty());
  }

  public SsoRequest forcingLogin(boolean force) {
    return new SsoRequest(sessionToken, app, force, maxAge, deviceCookie, passwordAfter);
  }

  public SsoRequest withMaxAge(Duration max) {
    return new SsoRequest(sessionToken, app, forceLogin, Optional.ofNullable(max), deviceCookie, passwordAfter);
  }

  /** The continuation of a request made at {@code instant} that demanded a fresh password. */
  public SsoRequest requiringPasswordAfter(Instant instant) {
    return new SsoRequest(sessionToken, app, forceLogin, maxAge, deviceCookie, Optional.ofNullable(instant));
  }

  @Override
  public String toString() {
    return "SsoRequest[app=" + app.clientId() + ", force=" + forceLogin + ", maxAge=" + maxAge + "]";
  }
}
