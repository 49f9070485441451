package dev.tollgate.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.auth.session.SessionFixtures;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.sso.SsoDecision;
import dev.tollgate.user.User;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login page is asked for a password, the second step only, or a plain sign-in. */
class LoginRedirectTest {
  final User user = new User("a@b.test", "a", "A", "B", "h", false, Instant.EPOCH);
  final SsoSession session = SessionFixtures.session(user.id(), Instant.EPOCH, List.of("pwd"), null);

  @Test
  void noSessionIsAPlainSignIn() {
    assertThat(LoginRedirect.prompt(new SsoDecision.SignIn(SsoDecision.SignInReason.NO_SESSION))).isNull();
  }

  @Test
  void aForcedOrStalePasswordIsPromptLogin() {
    for (SsoDecision.SignInReason reason : List.of(
        SsoDecision.SignInReason.FORCED, SsoDecision.SignInReason.MAX_AGE, SsoDecision.SignInReason.NOT_FRESH)) {
      assertThat(LoginRedirect.prompt(new SsoDecision.SignIn(reason))).isEqualTo("login");
    }
  }

  @Test
  void aDueSecondStepIsPromptMfaAndAnEnrollmentNeedsASignIn() {
    assertThat(LoginRedirect.prompt(new SsoDecision.SecondStepDue(
        user, session, List.of("totp"), SsoDecision.SecondStepReason.REVERIFY, 30))).isEqualTo("mfa");
    assertThat(LoginRedirect.prompt(new SsoDecision.EnrollmentNeeded(user, session, List.of("totp"))))
        .isEqualTo("login");
  }

  @Test
  void theReturnPathIsTheLocalContinuationOfThePendingRequest() {
    String location = LoginRedirect.to("HANDLE-1", "client 1",
        new SsoDecision.SecondStepDue(user, session, List.of("totp"), SsoDecision.SecondStepReason.FACTOR_MISSING, 0));

    assertThat(location).startsWith("/login?return=");
    String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
    assertThat(decoded).isEqualTo("/login?return=/oauth2/authorize/resume?request=HANDLE-1&client_id=client 1&prompt=mfa");
  }
}
