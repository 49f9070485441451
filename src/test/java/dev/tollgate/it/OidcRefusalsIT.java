package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every refusal of the issue: an error page where no redirect is safe, RFC 6749 §5.2 elsewhere. */
class OidcRefusalsIT {
  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  @Test
  void anUnknownClientGetsAnErrorPageNotARedirect() {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    String path = rp.attempt().path().replace("client_id=" + rp.clientId, "client_id=unknown-client");

    Api.Reply reply = new Browser(api).visit(path);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Location")).isEmpty();
    assertThat(reply.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(reply.body()).contains("not known");
  }

  @Test
  void aWrongRedirectUriGetsAnErrorPageNotARedirect() {
    Browser browser = signedIn("refuse-redirect");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    String path = rp.attempt().path().replace("rp.example%2Fcallback", "evil.example%2Fcallback");

    Api.Reply reply = browser.visit(path);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Location")).isEmpty();
    assertThat(reply.body()).contains("redirect_uri is not registered");
  }

  @Test
  void aMissingPkceVerifierIsInvalidGrant() {
    Browser browser = signedIn("refuse-noverifier");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    HTTPResponse response = rp.token(new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), null));

    assertError(response, 400, "invalid_grant");
  }

  @Test
  void aWrongPkceVerifierIsInvalidGrant() {
    Browser browser = signedIn("refuse-verifier");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "spa", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    HTTPResponse response = rp.token(new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), new CodeVerifier()));

    assertError(response, 400, "invalid_grant");
  }

  @Test
  void aPlainPkceChallengeIsRefusedAtTheClient() {
    Browser browser = signedIn("refuse-plain");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    String path = rp.attempt().path().replace("code_challenge_method=S256", "code_challenge_method=plain");

    assertThat(RelyingParty.query(browser.location(browser.visit(path)))).containsEntry("error", "invalid_request");
  }

  @Test
  void aReusedCodeIsInvalidGrantAndRevokesWhatTheFirstUseGot() {
    Browser browser = signedIn("refuse-reuse");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));
    OIDCTokenResponse first = attempt.exchange(code);

    HTTPResponse second = rp.token(new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), attempt.verifier));

    assertError(second, 400, "invalid_grant");
    assertError(rp.token(new RefreshTokenGrant(first.getOIDCTokens().getRefreshToken())), 400, "invalid_grant");
  }

  @Test
  void anExpiredCodeIsInvalidGrant() {
    Browser browser = signedIn("refuse-oldcode");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));
    age("oidc_authorization_code", "expires_at", rp.clientId);

    assertError(rp.token(new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), attempt.verifier)), 400, "invalid_grant");
  }

  @Test
  void anotherClientsCodeIsInvalidGrant() {
    Browser browser = signedIn("refuse-otherclient");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty other = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    assertError(other.token(new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), attempt.verifier)), 400, "invalid_grant");
  }

  @Test
  void aWrongClientSecretIsInvalidClient() {
    Browser browser = signedIn("refuse-secret");
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RelyingParty.Attempt attempt = rp.attempt();
    AuthorizationCode code = attempt.code(browser.location(browser.visit(attempt.path())));

    HTTPResponse response = rp.token(
        new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), attempt.verifier),
        new ClientSecretBasic(new ClientID(rp.clientId), new Secret("not-the-secret")));

    assertError(response, 401, "invalid_client");
    assertThat(response.getHeaderValue("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void anExpiredRefreshTokenIsInvalidGrant() {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RefreshToken refresh = tokensFor(rp, signedIn("refuse-expired")).getOIDCTokens().getRefreshToken();
    age("oidc_refresh_token", "expires_at", rp.clientId);

    assertError(rp.token(new RefreshTokenGrant(refresh)), 400, "invalid_grant");
  }

  @Test
  void aRotatedRefreshTokenIsInvalidGrantAndRevokesItsFamily() {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    RefreshToken first = tokensFor(rp, signedIn("refuse-rotated")).getOIDCTokens().getRefreshToken();
    RefreshToken second = RelyingParty.tokens(rp.token(new RefreshTokenGrant(first))).getOIDCTokens().getRefreshToken();

    assertError(rp.token(new RefreshTokenGrant(first)), 400, "invalid_grant");
    assertError(rp.token(new RefreshTokenGrant(second)), 400, "invalid_grant");
  }

  @Test
  void anUnsupportedGrantTypeIsSaidSo() throws Exception {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    HTTPResponse response = rp.token(new com.nimbusds.oauth2.sdk.ClientCredentialsGrant());

    assertError(response, 400, "unsupported_grant_type");
  }

  @Test
  void userinfoRefusesAGarbageToken() {
    Api.Reply reply = api.get("/oauth2/userinfo").bearer("not-a-token").send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate").orElseThrow()).contains("invalid_token");
  }

  @Test
  void logoutNeverRedirectsToAnUnregisteredUriOrWithoutAHint() {
    RelyingParty rp = RelyingParty.register(api, totp.admin(), "oidc", "disabled", null);
    Browser browser = signedIn("refuse-logout");
    String idToken = tokensFor(rp, browser).getOIDCTokens().getIDTokenString();

    Api.Reply unregistered = browser.visit("/oauth2/logout?id_token_hint=" + idToken
        + "&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F");
    Api.Reply noHint = browser.visit("/oauth2/logout?post_logout_redirect_uri=https%3A%2F%2Frp.example%2Fcallback");

    assertThat(unregistered.status()).isEqualTo(400);
    assertThat(unregistered.header("Location")).isEmpty();
    assertThat(noHint.status()).isEqualTo(400);
    assertThat(noHint.header("Location")).isEmpty();
    assertThat(browser.location(browser.visit(rp.attempt().path()))).startsWith(RelyingParty.REDIRECT + "?code=");
  }

  private OIDCTokenResponse tokensFor(RelyingParty rp, Browser browser) {
    RelyingParty.Attempt attempt = rp.attempt();
    return attempt.exchange(attempt.code(browser.location(browser.visit(attempt.path()))));
  }

  private Browser signedIn(String prefix) {
    Browser browser = new Browser(api);
    browser.signIn(totp.newUser(prefix), null, null);
    return browser;
  }

  private void age(String table, String column, String clientId) {
    api.server().database().update(
        "UPDATE " + table + " SET " + column + " = ? WHERE application_id ="
            + " (SELECT id FROM application WHERE client_id = ?)",
        Timestamp.from(Instant.now().minusSeconds(5)), clientId);
  }

  private static void assertError(HTTPResponse response, int status, String error) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    try {
      assertThat(response.getBodyAsJSONObject().get("error")).isEqualTo(error);
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new AssertionError(response.getBody(), e);
    }
    assertThat(response.getHeaderValue("Cache-Control")).isEqualTo("no-store");
  }
}
