package dev.tollgate.auth.web;

import dev.tollgate.auth.LoginOutcome;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Maps login outcomes to the bodies and cookies of SPEC §4. */
public final class AuthResponses {
  private AuthResponses() {}

  public record CompleteBody(String token, String tokenType, long expiresIn, List<String> amr) {}

  public record MfaRequiredBody(
      boolean mfaRequired, String mfaToken, List<String> methods, long expiresIn) {}

  public record EnrollmentRequiredBody(
      boolean mfaEnrollmentRequired, String enrollmentToken, List<String> allowedMethods, long expiresIn) {}

  public static Response of(LoginOutcome outcome) {
    return switch (outcome) {
      case LoginOutcome.Complete c ->
          Response.ok(new CompleteBody(c.token(), "Bearer", c.expiresInSeconds(), c.amr()))
              .cookie(
                  AuthCookies.session(c.sessionToken(), c.sessionLifetime()),
                  AuthCookies.token(c.token(), c.expiresInSeconds()))
              .build();
      case LoginOutcome.MfaRequired m ->
          Response.ok(new MfaRequiredBody(true, m.mfaToken(), m.methods(), m.expiresInSeconds()))
              .build();
      case LoginOutcome.EnrollmentRequired e ->
          Response.ok(
                  new EnrollmentRequiredBody(
                      true, e.enrollmentToken(), e.allowedMethods(), e.expiresInSeconds()))
              .build();
      case LoginOutcome.Reverified r ->
          Response.ok(new CompleteBody(r.token(), "Bearer", r.expiresInSeconds(), r.amr()))
              .cookie(AuthCookies.token(r.token(), r.expiresInSeconds()))
              .build();
    };
  }
}
