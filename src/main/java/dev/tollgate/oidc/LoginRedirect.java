package dev.tollgate.oidc;

import dev.tollgate.auth.sso.SsoDecision;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the authorize endpoint sends a user who must interact: the login page of the contract
 * ({@code /login?return=<local continuation>&client_id=...&prompt=login|mfa}), returning to
 * {@link #RESUME_PATH} with the handle of the pending request.
 */
final class LoginRedirect {
  static final String RESUME_PATH = "/oauth2/authorize/resume";

  private LoginRedirect() {}

  static String to(String handle, String clientId, SsoDecision decision) {
    String back = RESUME_PATH + "?request=" + handle;
    String prompt = prompt(decision);
    return "/login?return=" + encode(back) + "&client_id=" + encode(clientId)
        + (prompt == null ? "" : "&prompt=" + prompt);
  }

  /**
   * {@code login} whenever a new password sign-in must happen although a session exists (forced,
   * too old, or a factor to enroll, which only a sign-in starts); {@code mfa} when only the second
   * step is due; nothing when there is no session.
   */
  static String prompt(SsoDecision decision) {
    return switch (decision) {
      case SsoDecision.SignIn s -> s.reason() == SsoDecision.SignInReason.NO_SESSION ? null : "login";
      case SsoDecision.SecondStepDue d -> "mfa";
      case SsoDecision.EnrollmentNeeded e -> "login";
      case SsoDecision.Proceed p -> throw new IllegalArgumentException("nothing to sign in for");
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
