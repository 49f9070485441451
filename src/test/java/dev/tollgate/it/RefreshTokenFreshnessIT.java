package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A refresh token is checked against today's facts each time it is used: it stops working once
 * its user is disabled or deleted, their MFA is reset, their password changes, or the SSO
 * session it came from ends — and one that comes back after that is refused, not renewed.
 */
class RefreshTokenFreshnessIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void refusedOnceTheUserIsDisabled() {
    assertRefusedAfter("refresh-disabled", (user) ->
        assertThat(api.put("/api/v1/users/" + user.id, "{\"is_active\":false}").bearer(totp.admin().token()).send().status())
            .isEqualTo(200));
  }

  @Test
  void refusedOnceTheUserIsDeleted() {
    assertRefusedAfter("refresh-deleted", (user) ->
        assertThat(api.delete("/api/v1/users/" + user.id).bearer(totp.admin().token()).send().status())
            .isEqualTo(204));
  }

  @Test
  void refusedOnceTheUsersMfaIsReset() {
    assertRefusedAfter("refresh-reset", (user) ->
        assertThat(api.post("/api/v1/users/" + user.id + "/mfa/reset", null).bearer(totp.admin().token()).send().status())
            .isEqualTo(204));
  }

  @Test
  void refusedOnceThePasswordChangesEvenOnTheSessionThatChangedIt() {
    assertRefusedAfter("refresh-password", (user) ->
        assertThat(api.put("/api/v1/me/password",
                "{\"current_password\":\"" + TotpFixtures.PASSWORD + "\",\"new_password\":\"another-horse-77\"}")
            .bearer(user.browser.portalToken).send().status())
            .isEqualTo(204));
  }

  @Test
  void refusedOnceTheSessionItCameFromEnds() {
    assertRefusedAfter("refresh-logout", (user) ->
        assertThat(api.post("/api/v1/auth/logout", null).cookie("idp_sid", user.browser.sid).send().status())
            .isEqualTo(204));
  }

  private record SignedIn(String id, Browser browser) {}

  private void assertRefusedAfter(String prefix, Consumer<SignedIn> change) {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    String email = totp.newUser(prefix);
    Browser browser = new Browser(api);
    browser.signIn(email, null, null);
    RelyingParty.Attempt attempt = rp.attempt();
    RefreshToken refresh =
        attempt.exchange(attempt.code(browser.location(browser.visit(attempt.path()))))
            .getOIDCTokens().getRefreshToken();
    RefreshToken rotated =
        RelyingParty.tokens(rp.token(new RefreshTokenGrant(refresh))).getOIDCTokens().getRefreshToken();

    change.accept(new SignedIn(TotpFixtures.userId(browser.portalToken), browser));

    HTTPResponse refused = rp.token(new RefreshTokenGrant(rotated));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("invalid_grant");
    HTTPResponse again = rp.token(new RefreshTokenGrant(rotated));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(400);
  }
}
