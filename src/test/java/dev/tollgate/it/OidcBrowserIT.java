package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import dev.tollgate.testing.webauthn.SoftwareAuthenticator;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * SPEC §11 end to end: a Nimbus relying party sends headless Chromium to /oauth2/authorize;
 * the browser walks the login page and its second step, comes back with a code; the RP
 * exchanges it, validates the ID token against the JWKS, calls userinfo, refreshes and logs out.
 * Then SSO in the same browser: a second application without a prompt, a stricter one with
 * only the second step. The RP's callback is on another origin (see {@link #callbackUri}); the
 * code is read from the address.
 */
class OidcBrowserIT extends PageBrowserTest {
  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @AfterEach
  void restore() {
    fixtures.restoreSettings();
  }

  @Test
  void theRelyingPartySignsTheUserInThroughTheLoginPageAndTheSecondStep() throws Exception {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("rp-browser");
    RelyingParty rp = register("otp");
    RelyingParty.Attempt attempt = rp.attempt();

    pages.open(attempt.path());
    pages.waitForPath("/login");
    pages.submitPassword(user.email(), TotpFixtures.PASSWORD);
    pages.fill("code:otp", user.nextCode());
    pages.screenshot("oidc-second-step");
    pages.click("code:verify");
    pages.click("trust:no");
    OIDCTokenResponse tokens = attempt.exchange(attempt.code(callback()));

    IDTokenClaimsSet claims = attempt.validate(tokens.getOIDCTokens().getIDToken());
    assertThat(claims.getSubject().getValue()).isEqualTo(user.id());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd", "otp", "mfa");
    assertThat(claims.getACR().getValue()).isEqualTo("otp");
    UserInfoResponse info = UserInfoResponse.parse(new UserInfoRequest(
            rp.provider.getUserInfoEndpointURI(), tokens.getOIDCTokens().getBearerAccessToken())
        .toHTTPRequest().send());
    assertThat(info.toSuccessResponse().getUserInfo().getEmailAddress()).isEqualTo(user.email());
    OIDCTokenResponse refreshed =
        RelyingParty.tokens(rp.token(new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken())));
    assertThat(attempt.validateRefreshed(refreshed.getOIDCTokens().getIDToken()).getSubject().getValue())
        .isEqualTo(user.id());

    State state = new State();
    URI logout = new LogoutRequest(rp.provider.getEndSessionEndpointURI(),
            refreshed.getOIDCTokens().getIDToken(), URI.create(rp.redirectUri), state).toURI();
    pages.open(logout.getRawPath() + "?" + logout.getRawQuery());
    assertThat(RelyingParty.query(callback())).containsEntry("state", state.getValue());
    pages.open(rp.attempt().path());
    pages.waitForPath("/login");
    assertThat(pages.has(By.id("login:password"))).isTrue();
  }

  @Test
  void inTheSameBrowserASecondApplicationNeedsNoPromptAndAStricterOneOnlyTheSecondStep() {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("rp-sso");
    RelyingParty loose = register("disabled");
    RelyingParty alsoLoose = register("disabled");
    RelyingParty strict = register("otp");

    RelyingParty.Attempt first = loose.attempt();
    pages.open(first.path());
    pages.waitForPath("/login");
    pages.submitPassword(user.email(), TotpFixtures.PASSWORD);
    assertThat(RelyingParty.amr(first.validate(first.exchange(first.code(callback())).getOIDCTokens().getIDToken())))
        .containsExactly("pwd");

    RelyingParty.Attempt second = alsoLoose.attempt();
    pages.open(second.path());
    String noPrompt = callback();
    assertThat(second.exchange(second.code(noPrompt)).getOIDCTokens().getIDToken()).isNotNull();

    RelyingParty.Attempt third = strict.attempt();
    pages.open(third.path());
    pages.waitFor(By.id("code:otp"));
    assertThat(pages.heading()).isEqualTo("Confirm it is you");
    assertThat(pages.has(By.id("login:password"))).as("no password asked").isFalse();
    pages.screenshot("oidc-step-up");
    pages.fill("code:otp", user.nextCode());
    pages.click("code:verify");
    IDTokenClaimsSet claims = third.validate(third.exchange(third.code(callback())).getOIDCTokens().getIDToken());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd", "otp", "mfa");
    assertThat(claims.getACR().getValue()).isEqualTo("otp");
  }

  @Test
  void aPasskeyApplicationOverASessionThatVerifiedTheAppAsksForThePasskeyOnly() {
    String email = fixtures.newUser("rp-passkey");
    PasskeyClient passkeys = new PasskeyClient(api);
    SoftwareAuthenticator key = SoftwareAuthenticator.create();
    String token = api.login(email, TotpFixtures.PASSWORD).token();
    assertThat(passkeys.register(token, key, "Key").status()).isEqualTo(201);
    String verified = passkeys.stepUp(token, key);
    String secret = fixtures.enroll(verified).getString("secret");
    long step = TotpFixtures.currentStep();
    assertThat(fixtures.confirm(verified, TotpFixtures.code(secret, step)).status()).isEqualTo(200);
    RelyingParty withApp = register("otp");
    RelyingParty withPasskey = register("passkey");

    RelyingParty.Attempt first = withApp.attempt();
    pages.open(first.path());
    pages.waitForPath("/login");
    pages.submitPassword(email, TotpFixtures.PASSWORD);
    pages.fill("code:otp", TotpFixtures.code(secret, step + 1));
    pages.click("code:verify");
    pages.click("trust:no");
    first.code(callback());

    pages.open(withPasskey.attempt().path());
    pages.waitFor(By.cssSelector("button[data-webauthn-start]"));

    assertThat(pages.heading()).isEqualTo("Confirm it is you");
    assertThat(pages.has(By.id("code:otp"))).as("the app does not satisfy this application").isFalse();
  }

  private RelyingParty register(String policy) {
    return RelyingParty.register(api, fixtures.admin(), "oidc", policy, null, callbackUri());
  }

  /**
   * The RP's callback on another origin than Tollgate's (127.0.0.1 instead of localhost, same
   * port: a 404 page there is fine), so the hand-off after the sign-in form really leaves the
   * pages' origin, as it does for any real relying party.
   */
  private String callbackUri() {
    return "http://127.0.0.1:" + api.server().baseUri().getPort() + "/rp/callback";
  }

  /** Waits until the browser is back at the RP's callback; the full address it landed on. */
  private String callback() {
    pages.waitForPath("/rp/callback");
    return pages.driver().getCurrentUrl();
  }
}
