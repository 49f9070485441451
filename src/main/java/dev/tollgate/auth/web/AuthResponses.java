package dev.tollgate.auth.web;

import dev.tollgate.auth.LoginOutcome;
import dev.tollgate.device.web.DeviceCookie;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps login outcomes to the bodies and cookies of SPEC §4. */
public final class AuthResponses {
  private AuthResponses() {}

  public record MfaRequiredBody(
      boolean mfaRequired, String mfaToken, List<String> methods, long expiresIn) {}

  public record EnrollmentRequiredBody(
      boolean mfaEnrollmentRequired, String enrollmentToken, List<String> allowedMethods, long expiresIn) {}

  public static Response of(LoginOutcome outcome) {
    return switch (outcome) {
      case LoginOutcome.Complete c ->
          Response.ok(
                  completeBody(
                      c.token(), c.expiresInSeconds(), c.amr(), c.trustDeviceToken(),
                      c.factorNotes()))
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
          Response.ok(
                  completeBody(r.token(), r.expiresInSeconds(), r.amr(), null, r.factorNotes()))
              .cookie(AuthCookies.token(r.token(), r.expiresInSeconds()))
              .build();
    };
  }

  /**
   * {@code {"token", "token_type", "expires_in", "amr"}}; {@code trust_device_token} only when
   * the sign-in earned one (a trusted-device offer); then the members the completing factor noted
   * ({@code recovery_codes_remaining}).
   */
  private static Map<String, Object> completeBody(
      String token, long expiresIn, List<String> amr, String trustDeviceToken,
      Map<String, Object> factorNotes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", expiresIn);
    body.put("amr", amr);
    if (trustDeviceToken != null) {
      body.put("trust_device_token", trustDeviceToken);
    }
    body.putAll(factorNotes);
    return body;
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
