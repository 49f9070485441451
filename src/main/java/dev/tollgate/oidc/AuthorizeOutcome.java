package dev.tollgate.oidc;

import com.nimbusds.oauth2.sdk.ErrorObject;

/** How an authorization request (or its continuation) is answered. */
public sealed interface AuthorizeOutcome {

  /** Back to the client with a code. */
  record CodeIssued(String redirectUri, String code, String state) implements AuthorizeOutcome {
    @Override
    public String toString() {
      return "CodeIssued[" + redirectUri + "]";
    }
  }

  /** Back to the client with an error (RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6). */
  record Refused(String redirectUri, ErrorObject error, String state) implements AuthorizeOutcome {}

  /** To the login page ({@code location} is a local path), which returns to the continuation. */
  record SignInNeeded(String location) implements AuthorizeOutcome {}

  /** The client or redirect URI cannot be trusted, or the continuation is gone: an error page. */
  record ErrorPage(String message) implements AuthorizeOutcome {}
}
