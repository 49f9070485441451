package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.oauth2.sdk.id.State;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §11: a Nimbus relying party through the whole code flow, at the API level. */
class OidcFlowIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void discoveryListsWhatTheProviderSupports() {
    var provider = RelyingParty.discover(api);

    assertThat(provider.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.RS256);
    assertThat(provider.getCodeChallengeMethods()).containsExactly(CodeChallengeMethod.S256);
    assertThat(provider.getJWKSetURI().toString()).endsWith("/.well-known/jwks.json");
    assertThat(provider.getEndSessionEndpointURI().toString()).endsWith("/oauth2/logout");
    assertThat(provider.getUserInfoEndpointURI().toString()).endsWith("/oauth2/userinfo");
    assertThat(provider.getTokenEndpointAuthMethods()).extracting(Object::toString)
        .contains("client_secret_basic", "client_secret_post", "none");
    assertThat(provider.getACRs()).extracting(Object::toString)
        .containsExactly("disabled", "optional", "any", "otp", "passkey");
  }

  @Test
  void signInThenCodeTokensUserinfoRefreshAndLogout() throws Exception {
    TotpFixtures.TotpUser user = totp.enrolledUser("oidc-flow");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    RelyingParty.Attempt attempt = rp.attempt();

    String toLogin = browser.location(browser.visit(attempt.path()));
    assertThat(toLogin).startsWith("/login?");
    assertThat(RelyingParty.query(toLogin)).containsEntry("client_id", rp.clientId).doesNotContainKey("prompt");
    Instant beforeSignIn = Instant.now().minusSeconds(1);
    browser.signIn(user.email(), rp.clientId, user);
    String back = browser.location(browser.visit(Browser.returnPath(toLogin)));
    assertThat(back).startsWith(RelyingParty.REDIRECT + "?");
    AuthorizationCode code = attempt.code(back);

    OIDCTokenResponse tokens = attempt.exchange(code);
    IDTokenClaimsSet claims = attempt.validate(tokens.getOIDCTokens().getIDToken());
    assertThat(claims.getSubject().getValue()).isEqualTo(user.id());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd", "otp", "mfa");
    assertThat(claims.getACR().getValue()).isEqualTo("otp");
    assertThat(claims.getAuthenticationTime().toInstant()).isAfter(beforeSignIn.minusSeconds(1));
    assertThat(claims.getStringClaim("email")).isEqualTo(user.email());
    assertThat(claims.getStringClaim("preferred_username")).isEqualTo(user.email());
    assertThat(claims.getStringClaim("name")).isEqualTo("Test User");
    String sid = claims.getStringClaim("sid");
    assertThat(sid).isEqualTo(TotpFixtures.claims(browser.portalToken).getString("sid"));

    UserInfo info = userinfo(rp, tokens.getOIDCTokens().getBearerAccessToken());
    assertThat(info.getSubject().getValue()).isEqualTo(user.id());
    assertThat(info.getEmailAddress()).isEqualTo(user.email());
    assertThat(info.getName()).isEqualTo("Test User");

    OIDCTokenResponse refreshed =
        RelyingParty.tokens(rp.token(new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken())));
    assertThat(refreshed.getOIDCTokens().getRefreshToken()).isNotEqualTo(tokens.getOIDCTokens().getRefreshToken());
    IDTokenClaimsSet again = attempt.validateRefreshed(refreshed.getOIDCTokens().getIDToken());
    assertThat(again.getAuthenticationTime()).isEqualTo(claims.getAuthenticationTime());
    assertThat(RelyingParty.amr(again)).containsExactly("pwd", "otp", "mfa");
    assertThat(userinfo(rp, refreshed.getOIDCTokens().getBearerAccessToken()).getSubject().getValue())
        .isEqualTo(user.id());

    State logoutState = new State();
    URI logout = new LogoutRequest(
            rp.provider.getEndSessionEndpointURI(), tokens.getOIDCTokens().getIDToken(),
            URI.create(RelyingParty.REDIRECT), logoutState)
        .toURI();
    Api.Reply signedOut = browser.visit(logout.getRawPath() + "?" + logout.getRawQuery());
    assertThat(browser.location(signedOut)).isEqualTo(RelyingParty.REDIRECT + "?state=" + logoutState.getValue());
    assertThat(signedOut.setCookie("idp_sid").orElseThrow()).contains("Max-Age=0");
    assertThat(api.server().database().queryValue(
            "SELECT ended_at FROM sso_session WHERE id = ?", UUID.fromString(sid))).isNotNull();
    assertThat(browser.location(browser.visit(rp.attempt().path()))).startsWith("/login?");
    HTTPResponse afterLogout = rp.token(new RefreshTokenGrant(refreshed.getOIDCTokens().getRefreshToken()));
    assertThat(afterLogout.getStatusCode()).isEqualTo(400);
    assertThat(afterLogout.getBodyAsJSONObject().get("error")).isEqualTo("invalid_grant");
    assertThat(userinfoStatus(rp, refreshed.getOIDCTokens().getBearerAccessToken())).isEqualTo(401);

    assertThat(totp.auditCount(user.id(), "authorization_granted")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "token_issued")).isEqualTo(1);
    assertThat(totp.auditCount(user.id(), "token_refreshed")).isEqualTo(1);
  }

  @Test
  void aSessionThatMeetsThePolicyGetsACodeAtOnce() {
    TotpFixtures.TotpUser user = totp.enrolledUser("oidc-direct");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "optional", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, user);
    RelyingParty.Attempt attempt = rp.attempt();

    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    IDTokenClaimsSet claims = attempt.validate(attempt.exchange(code).getOIDCTokens().getIDToken());
    assertThat(claims.getACR().getValue()).isEqualTo("optional");
  }

  @Test
  void clientSecretPostIsAcceptedToo() {
    Browser browser = signedInBrowser("oidc-post");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    HTTPResponse response = rp.tokenWithPost(
        new com.nimbusds.oauth2.sdk.AuthorizationCodeGrant(code, URI.create(rp.redirectUri), attempt.verifier));

    IDTokenClaimsSet claims = attempt.validate(RelyingParty.tokens(response).getOIDCTokens().getIDToken());
    assertThat(RelyingParty.amr(claims)).containsExactly("pwd");
    assertThat(claims.getACR().getValue()).isEqualTo("disabled");
  }

  @Test
  void aSpaUsesPkceWithoutASecret() {
    Browser browser = signedInBrowser("oidc-spa");
    RelyingParty spa = RelyingParty.register(api, totp.admin(), "spa", "disabled", null);
    assertThat(spa.clientSecret).isNull();

    RelyingParty.Attempt withoutPkce = spa.attempt().withoutPkce();
    Map<String, String> refused = RelyingParty.query(browser.location(browser.visit(withoutPkce.path())));
    RelyingParty.Attempt attempt = spa.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    assertThat(refused).containsEntry("error", "invalid_request").containsEntry("state", withoutPkce.state.getValue());
    assertThat(attempt.validate(attempt.exchange(code).getOIDCTokens().getIDToken()).getAudience())
        .extracting(Object::toString).containsExactly(spa.clientId);
  }

  @Test
  void aRegexRedirectUriMatchesTheWholeUri() {
    Browser browser = signedInBrowser("oidc-regex");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    String good = rp.attempt().path().replace(enc(RelyingParty.REDIRECT), enc("https://rp.example/other/abc"));
    String bad = rp.attempt().path().replace(enc(RelyingParty.REDIRECT), enc("https://rp.example/other/abc/x"));

    assertThat(browser.location(browser.visit(good))).startsWith("https://rp.example/other/abc?code=");
    Api.Reply refused = browser.visit(bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Location")).isEmpty();
  }

  @Test
  void promptNoneAnswersLoginRequiredWithoutASession() {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt().with("prompt", "none");

    Map<String, String> answer = RelyingParty.query(new Browser(api).location(new Browser(api).visit(attempt.path())));

    assertThat(answer).containsEntry("error", "login_required").containsEntry("state", attempt.state.getValue());
  }

  @Test
  void promptNoneAnswersInteractionRequiredWhenOnlyTheSecondStepIsDue() {
    TotpFixtures.TotpUser user = totp.enrolledUser("oidc-none");
    RelyingParty loose = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty strict = RelyingParty.register(api, totp.admin(), "oidc", "otp", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), loose.clientId, null);
    RelyingParty.Attempt attempt = strict.attempt().with("prompt", "none");

    Map<String, String> answer = RelyingParty.query(browser.location(browser.visit(attempt.path())));

    assertThat(answer).containsEntry("error", "interaction_required");
    assertThat(totp.auditCount(user.id(), "authorization_denied")).isEqualTo(1);
  }

  @Test
  void promptLoginAsksForThePasswordAgainAndTheContinuationWantsANewerOne() {
    TotpFixtures.TotpUser user = totp.enrolledUser("oidc-login");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, null);
    RelyingParty.Attempt attempt = rp.attempt().with("prompt", "login");

    String toLogin = browser.location(browser.visit(attempt.path()));
    assertThat(RelyingParty.query(toLogin)).containsEntry("prompt", "login");
    String stillOld = browser.location(browser.visit(Browser.returnPath(toLogin)));
    assertThat(stillOld).startsWith("/login?");
    assertThat(RelyingParty.query(stillOld)).containsEntry("prompt", "login");

    long before = Instant.now().getEpochSecond() - 1;
    browser.signIn(user.email(), rp.clientId, null);
    AuthorizationCode code = attempt.code(browser.location(browser.visit(Browser.returnPath(toLogin))));
    IDTokenClaimsSet claims = attempt.validate(attempt.exchange(code).getOIDCTokens().getIDToken());
    assertThat(claims.getAuthenticationTime().toInstant().getEpochSecond()).isGreaterThanOrEqualTo(before);

    Api.Reply again = browser.visit(Browser.returnPath(toLogin));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.header("Location")).isEmpty();
  }

  @Test
  void rowsPastTheirUseAreDeletedWhenNewOnesAreWritten() {
    Browser browser = signedInBrowser("oidc-purge");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt first = rp.attempt();
    first.exchange(first.code(browser.location(browser.visit(first.path()))));
    TestDatabase db = api.server().database();
    String app = "(SELECT id FROM application WHERE client_id = ?)";
    Timestamp longAgo = Timestamp.from(Instant.now().minusSeconds(3 * 3600));
    db.update("UPDATE oidc_authorization_code SET expires_at = ? WHERE application_id = " + app, longAgo, rp.clientId);
    db.update("UPDATE oidc_refresh_token SET expires_at = ? WHERE application_id = " + app, longAgo, rp.clientId);

    RelyingParty.Attempt second = rp.attempt();
    second.exchange(second.code(browser.location(browser.visit(second.path()))));

    assertThat(db.queryValue("SELECT COUNT(*) FROM oidc_authorization_code WHERE expires_at < ? AND application_id = " + app,
        Timestamp.from(Instant.now().minusSeconds(3600)), rp.clientId)).hasToString("0");
    assertThat(db.queryValue("SELECT COUNT(*) FROM oidc_refresh_token WHERE application_id = " + app, rp.clientId))
        .hasToString("1");
  }

  @Test
  void anUnknownContinuationIsAnErrorPage() {
    Api.Reply reply = new Browser(api).visit("/oauth2/authorize/resume?request=no-such-request");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Location")).isEmpty();
    assertThat(reply.body()).contains("expired or was already answered");
  }

  @Test
  void maxAgeOlderThanTheSessionsPasswordAsksForItAgain() {
    TotpFixtures.TotpUser user = totp.enrolledUser("oidc-maxage");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    Browser browser = new Browser(api);
    browser.signIn(user.email(), rp.clientId, null);
    String sid = TotpFixtures.claims(browser.portalToken).getString("sid");
    api.server().database().update("UPDATE sso_session SET auth_time = ? WHERE id = ?",
        Timestamp.from(Instant.now().minusSeconds(600)), UUID.fromString(sid));

    String recent = browser.location(browser.visit(rp.attempt().with("max_age", "3600").path()));
    String tooOld = browser.location(browser.visit(rp.attempt().with("max_age", "300").path()));

    assertThat(recent).startsWith(RelyingParty.REDIRECT + "?code=");
    assertThat(tooOld).startsWith("/login?");
    assertThat(RelyingParty.query(tooOld)).containsEntry("prompt", "login");
  }

  private Browser signedInBrowser(String prefix) {
    String email = totp.newUser(prefix);
    Browser browser = new Browser(api);
    browser.signIn(email, null, null);
    return browser;
  }

  private static UserInfo userinfo(RelyingParty rp, BearerAccessToken token) throws Exception {
    UserInfoResponse response = UserInfoResponse.parse(
        new UserInfoRequest(rp.provider.getUserInfoEndpointURI(), token).toHTTPRequest().send());
    assertThat(response.indicatesSuccess()).isTrue();
    return response.toSuccessResponse().getUserInfo();
  }

  private static int userinfoStatus(RelyingParty rp, BearerAccessToken token) throws Exception {
    return new UserInfoRequest(rp.provider.getUserInfoEndpointURI(), token).toHTTPRequest().send().getStatusCode();
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
