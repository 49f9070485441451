package dev.tollgate.oidc;

import dev.tollgate.application.Application;
import java.time.Duration;
import java.util.List;

/**
 * An authorization request once validated ({@link AuthorizeValidator}): the client and its
 * registered redirect URI, the scopes granted (of those this provider knows, always with
 * {@code openid}), state and nonce as given, the S256 PKCE challenge (if any), the prompt and
 * {@code max_age} (null when absent).
 */
public record AuthorizeRequest(
    Application application,
    String redirectUri,
    List<String> scope,
    String state,
    String nonce,
    String codeChallenge,
    boolean promptNone,
    boolean promptLogin,
    Duration maxAge) {

  /** A password newer than this request is demanded: prompt=login, or any max_age. */
  boolean demandsFreshPassword() {
    return promptLogin || maxAge != null;
  }

  @Override
  public String toString() {
    return "AuthorizeRequest[" + application.clientId() + ", " + scope + "]";
  }
}
