package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.SamlResponse;
import com.sun.net.httpserver.HttpServer;
import dev.tollgate.testing.saml.TestServiceProvider;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SAML in a real browser: the SP's AuthnRequest leads through the login page and the TOTP
 * second step, and the auto-post form (no inline script, strict CSP) delivers the signed
 * Response to the SP's ACS, a small loopback server where java-saml validates it. A second
 * SAML application then signs in from the same session without a prompt, and a
 * re-verification interval sends the user to the second step only. SSO crosses protocols: an
 * OIDC application (its redirect URI on the same loopback server) and a SAML application share
 * one browser session, with and without a re-verification interval.
 */
class SamlBrowserIT extends PageBrowserTest {
  static final String AC_MFA = "https://refeds.org/profile/mfa";
  private static HttpServer acs;
  private static final BlockingQueue<Map<String, String>> POSTS = new LinkedBlockingQueue<>();
  private static final BlockingQueue<Map<String, String>> CALLBACKS = new LinkedBlockingQueue<>();

  private final Api api = Api.forServer();
  private final TotpFixtures fixtures = new TotpFixtures(api);

  @BeforeAll
  static void startTheServiceProvider() throws IOException {
    acs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    acs.createContext("/", exchange -> {
      boolean callback = exchange.getRequestURI().getPath().endsWith("/cb");
      if (!"POST".equals(exchange.getRequestMethod()) && !callback) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String body = callback
          ? exchange.getRequestURI().getRawQuery()
          : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> form = new HashMap<>();
      for (String pair : body.split("&")) {
        String[] kv = pair.split("=", 2);
        form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      form.put("path", exchange.getRequestURI().getPath());
      (callback ? CALLBACKS : POSTS).add(form);
      byte[] answer = ("<html><body><h1>" + (callback ? "RP received the code" : "SP received the response")
          + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    acs.start();
  }

  @AfterAll
  static void stopTheServiceProvider() {
    if (acs != null) {
      acs.stop(0);
    }
  }

  @BeforeEach
  void nothingReceivedYet() {
    POSTS.clear();
    CALLBACKS.clear();
  }

  @AfterEach
  void restore() {
    fixtures.restoreSettings();
  }

  /** A SAML application whose ACS is the loopback SP server. */
  private TestServiceProvider samlApp(String[] idOut) {
    Api.Session admin = fixtures.admin();
    Api.Reply created = api.post("/api/v1/applications",
            Json.createObjectBuilder().add("name", "Browser SAML " + UUID.randomUUID()).add("type", "saml")
                .add("mfa_policy", "otp").build().toString())
        .bearer(admin.token()).send();
    String id = created.json().getString("id");
    String base = "http://127.0.0.1:" + acs.getAddress().getPort() + "/" + id;
    TestServiceProvider sp = TestServiceProvider.of(base + "/metadata", base + "/acs", base + "/slo",
        api.get("/saml/" + id + "/metadata").send().body());
    Api.Reply put = api.put("/api/v1/applications/" + id + "/saml",
            Json.createObjectBuilder().add("entity_id", sp.entityId()).add("acs_url", sp.acsUrl()).build().toString())
        .bearer(admin.token()).send();
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    idOut[0] = id;
    return sp;
  }

  private SamlResponse arrivedAt(TestServiceProvider sp) throws InterruptedException {
    Map<String, String> post = POSTS.poll(20, TimeUnit.SECONDS);
    assertThat(post).as("the SP received a POST; at " + pages.driver().getCurrentUrl() + " the page shows: " + pages.body()).isNotNull();
    pages.waitForText("SP received the response");
    return sp.receive(post.get("SAMLResponse"));
  }

  private long lastStep;

  /** On the login page the SSO endpoint sent the browser to: password, TOTP code, no trust. */
  private void signInWithPasswordAndCode(TotpFixtures.TotpUser user) {
    pages.waitForPath("/login");
    pages.submitPassword(user.email(), TotpFixtures.PASSWORD);
    pages.fill("code:otp", freshCode(user));
    pages.click("code:verify");
    declineTrustIfOffered();
  }

  /** After a second step: "Trust this device?" is declined when offered (it is, with devices on). */
  private void declineTrustIfOffered() {
    String next = pages.until(() -> pages.has("trust:no") ? "trust"
        : !pages.path().equals("/login") ? "left" : null, "the trust offer or leaving /login");
    if (next.equals("trust")) {
      pages.click("trust:no");
    }
  }

  /**
   * A TOTP code for a step not used yet that the server accepts now (the current step or the
   * next): waits for the next 30-second step when both are used up.
   */
  private String freshCode(TotpFixtures.TotpUser user) {
    long step = Math.max(TotpFixtures.currentStep(), Math.max(lastStep, user.confirmedStep()) + 1);
    while (step > TotpFixtures.currentStep() + 1) {
      TollgateServer.sleep(500);
    }
    lastStep = step;
    return TotpFixtures.code(user.secret(), step);
  }

  private void startAt(String appId, TestServiceProvider sp, AuthnRequest request) {
    pages.open("/saml/" + appId + "/sso?" + sp.redirectQuery(request, "rs-1", false));
  }

  @Test
  void loginSecondStepAndAutoPostThenASecondAppWithoutAPrompt() throws Exception {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("saml-browser");
    String[] id = new String[1];
    TestServiceProvider sp = samlApp(id);
    AuthnRequest request = sp.authnRequest(false);

    startAt(id[0], sp, request);
    signInWithPasswordAndCode(user);

    SamlResponse response = arrivedAt(sp);
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getNameId()).isEqualTo(user.email());
    assertThat(response.getSAMLResponseXml()).contains(AC_MFA);

    String[] other = new String[1];
    TestServiceProvider second = samlApp(other);
    AuthnRequest secondRequest = second.authnRequest(false);
    startAt(other[0], second, secondRequest);
    SamlResponse silent = arrivedAt(second);
    assertThat(silent.isValid(secondRequest.getId())).as(String.valueOf(silent.getError())).isTrue();
    assertThat(silent.getSAMLResponseXml()).contains(AC_MFA);
  }

  @Test
  void aReverificationIntervalAsksOnlyForTheSecondStep() throws Exception {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("saml-browser-reverify");
    String[] id = new String[1];
    TestServiceProvider sp = samlApp(id);
    startAt(id[0], sp, sp.authnRequest(false));
    signInWithPasswordAndCode(user);
    arrivedAt(sp);
    fixtures.setSettings("{\"mfa_reauth_interval_minutes\":30}");
    api.server().database().update("UPDATE sso_session SET mfa_verified_at = ? WHERE user_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), UUID.fromString(user.id()));
    AuthnRequest again = sp.authnRequest(false);

    startAt(id[0], sp, again);

    pages.waitForPath("/login");
    assertThat(pages.has("login:password")).as("no password asked").isFalse();
    pages.fill("code:otp", freshCode(user));
    pages.click("code:verify");
    SamlResponse response = arrivedAt(sp);
    assertThat(response.isValid(again.getId())).as(String.valueOf(response.getError())).isTrue();
  }

  /** An OIDC client whose redirect URI is the loopback server; returns {id, client_id, secret}. */
  private String[] oidcApp() {
    String redirect = "http://127.0.0.1:" + acs.getAddress().getPort() + "/oidc/cb";
    Api.Reply created = api.post("/api/v1/applications",
            Json.createObjectBuilder().add("name", "Browser OIDC " + UUID.randomUUID()).add("type", "oidc")
                .add("mfa_policy", "otp").add("redirect_uris", Json.createArrayBuilder().add(redirect))
                .build().toString())
        .bearer(fixtures.admin().token()).send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new String[] {created.json().getString("client_id"), created.json().getString("client_secret"), redirect};
  }

  private void authorize(String[] oidc) {
    pages.open("/oauth2/authorize?response_type=code&scope=openid%20email&state=st-1&nonce=n-1"
        + "&client_id=" + oidc[0] + "&redirect_uri=" + TestServiceProvider.encode(oidc[2]));
  }

  /** The code that reached the RP, exchanged for tokens; returns the ID token's claims. */
  private jakarta.json.JsonObject idTokenClaims(String[] oidc) throws Exception {
    Map<String, String> callback = CALLBACKS.poll(20, TimeUnit.SECONDS);
    assertThat(callback).as("the RP received the redirect; at " + pages.driver().getCurrentUrl() + " the page shows: " + pages.body()).isNotNull();
    assertThat(callback.get("state")).isEqualTo("st-1");
    java.net.http.HttpResponse<String> tokens = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(api.server().uri("/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "grant_type=authorization_code&code=" + TestServiceProvider.encode(callback.get("code"))
                    + "&redirect_uri=" + TestServiceProvider.encode(oidc[2]) + "&client_id=" + oidc[0]
                    + "&client_secret=" + TestServiceProvider.encode(oidc[1])))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    return TotpFixtures.claims(Api.json(tokens.body()).getString("id_token"));
  }

  @Test
  void oneBrowserSessionSignsInToASamlAppThenAnOidcAppWithoutAPrompt() throws Exception {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("sso-cross");
    String[] id = new String[1];
    TestServiceProvider sp = samlApp(id);
    AuthnRequest request = sp.authnRequest(false);
    startAt(id[0], sp, request);
    signInWithPasswordAndCode(user);
    SamlResponse response = arrivedAt(sp);
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
    String[] oidc = oidcApp();

    authorize(oidc);

    jakarta.json.JsonObject claims = idTokenClaims(oidc);
    assertThat(claims.getString("email")).isEqualTo(user.email());
    assertThat(claims.getJsonArray("amr").toString()).contains("mfa");
  }

  /**
   * SAML sign-in, then the interval runs out: the OIDC application asks for the second step
   * only, and passing it renews the one session, so the SAML application signs in again without
   * a prompt. The renewed session is checked in the database rather than through the OIDC code
   * (OidcBrowserIT follows codes to an RP on another origin).
   */
  @Test
  void withAReverificationIntervalTheOidcAppAsksOnlyForTheSecondStepOfTheSharedSession() throws Exception {
    TotpFixtures.TotpUser user = fixtures.enrolledUser("sso-cross-reverify");
    String[] id = new String[1];
    TestServiceProvider sp = samlApp(id);
    startAt(id[0], sp, sp.authnRequest(false));
    signInWithPasswordAndCode(user);
    arrivedAt(sp);
    fixtures.setSettings("{\"mfa_reauth_interval_minutes\":30}");
    api.server().database().update("UPDATE sso_session SET mfa_verified_at = ? WHERE user_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), UUID.fromString(user.id()));
    String[] oidc = oidcApp();

    authorize(oidc);

    pages.waitForPath("/login");
    assertThat(pages.driver().getCurrentUrl()).contains("prompt=mfa");
    assertThat(pages.has("login:password")).as("no password asked").isFalse();
    pages.fill("code:otp", freshCode(user));
    pages.click("code:verify");
    pages.until(() -> api.server().database().queryValue(
            "SELECT COUNT(*) FROM sso_session WHERE user_id = ? AND mfa_verified_at > ?",
            UUID.fromString(user.id()), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)).toString().equals("1")
        ? true : null, "the session's second factor renewed");
    AuthnRequest again = sp.authnRequest(false);
    startAt(id[0], sp, again);
    SamlResponse response = arrivedAt(sp);
    assertThat(response.isValid(again.getId())).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getSAMLResponseXml()).contains(AC_MFA);
  }
}
