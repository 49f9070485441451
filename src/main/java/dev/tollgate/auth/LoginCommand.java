package dev.tollgate.auth;

/**
 * A password sign-in as the resource received it: the identifier (email or username), the
 * password, the application it is for, and the cookies that may matter.
 */
public record LoginCommand(
    String identifier, String password, String clientId, String currentSessionToken) {
  @Override
  public String toString() {
    return "LoginCommand[" + identifier + "]";
  }
}
