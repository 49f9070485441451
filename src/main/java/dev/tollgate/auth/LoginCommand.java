package dev.tollgate.auth;

/**
 * A password sign-in as the resource received it: the identifier (email or username), the
 * password, the application it is for, and the cookies that may matter: the browser's current
 * SSO session ({@code idp_sid}) and its trusted-device cookie ({@code idp_device}).
 */
public record LoginCommand(
    String identifier,
    String password,
    String clientId,
    String currentSessionToken,
    String deviceCookie) {
  @Override
  public String toString() {
    return "LoginCommand[" + identifier + "]";
  }
}
