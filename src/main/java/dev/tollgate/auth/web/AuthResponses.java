package dev.tollgate.auth.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.device.web.DeviceCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Maps login outcomes to the bodies and cookies of SPEC §4. */
public final class AuthResponses {
  private AuthResponses() {}

  /** {@code trust_device_token} is left out (null) unless the sign-in earned one (SPEC §8). */
  public record CompleteBody(
      String token, String tokenType, long expiresIn, List<String> amr, String trustDeviceToken) {}

  public record MfaRequiredBody(
      boolean mfaRequired, String mfaToken, List<String> methods, long expiresIn) {}

  public record EnrollmentRequiredBody(
      boolean mfaEnrollmentRequired, String enrollmentToken, List<String> allowedMethods, long expiresIn) {}

  public static Response of(LoginOutcome outcome) {
    return switch (outcome) {
      case LoginOutcome.Complete c ->
          Response.ok(
                  new CompleteBody(
                      c.token(), "Bearer", c.expiresInSeconds(), c.amr(), c.trustDeviceToken()))
              .cookie(
                  AuthCookies.session(c.sessionToken(), c.sessionLifetime()),
                  AuthCookies.token(c.token(), c.expiresInSeconds()))
              .build();
      case LoginOutcome.MfaRequired m -> mfaRequired(m);
      case LoginOutcome.EnrollmentRequired e ->
          Response.ok(
                  new EnrollmentRequiredBody(
                      true, e.enrollmentToken(), e.allowedMethods(), e.expiresInSeconds()))
              .build();
      case LoginOutcome.Reverified r ->
          Response.ok(new CompleteBody(r.token(), "Bearer", r.expiresInSeconds(), r.amr(), null))
              .cookie(AuthCookies.token(r.token(), r.expiresInSeconds()))
              .build();
    };
  }

  private static Response mfaRequired(LoginOutcome.MfaRequired m) {
    Response.ResponseBuilder answer =
        Response.ok(new MfaRequiredBody(true, m.mfaToken(), m.methods(), m.expiresInSeconds()));
    if (m.forgetDeviceCookie()) {
      answer.cookie(DeviceCookie.clear());
    }
    return answer.build();
  }
}
