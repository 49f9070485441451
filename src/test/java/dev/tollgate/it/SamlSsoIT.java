package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.logout.LogoutRequest;
import com.onelogin.saml2.logout.LogoutRequestParams;
import com.onelogin.saml2.logout.LogoutResponse;
import dev.tollgate.it.SamlFixtures.SamlApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SAML SSO against the real server with OneLogin java-saml as the SP: the SP's AuthnRequest
 * is answered from the SSO session (no password), the SP validates the Response (signature,
 * audience, conditions, destination, InResponseTo), the login page is asked for when needed
 * (no session, ForceAuthn, a second factor due), IdP-initiated launch, and single logout.
 */
class SamlSsoIT {
  static final String AC_PASSWORD = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
  static final String AC_MFA = "https://refeds.org/profile/mfa";

  private final Api api = Api.forServer();
  private final TotpFixtures totp = new TotpFixtures(api);
  private final SamlFixtures saml = new SamlFixtures(api, totp.admin());

  @AfterEach
  void restoreSettings() {
    totp.restoreSettings();
  }

  private static SamlResponse received(SamlApp app, Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(SamlFixtures.action(reply)).contains(app.sp().acsUrl());
    return app.sp().receive(SamlFixtures.field(reply, "SAMLResponse"));
  }

  @Test
  void aSessionIsEnoughAndTheSpAcceptsTheResponse() throws Exception {
    SamlApp app = saml.app("inherit", false);
    String email = totp.newUser("saml-sso");
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    AuthnRequest request = app.sp().authnRequest(false);

    Api.Reply reply = saml.sso(app, SamlFixtures.query(app, request, "back-to/page?x=1"), session.sessionCookie());

    SamlResponse response = received(app, reply);
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getNameId()).isEqualTo(email);
    assertThat(response.getAttributes().get("mail")).containsExactly(email);
    assertThat(response.getAttributes().get("displayName")).containsExactly("Test User");
    assertThat(response.getAttributes().get("groups")).containsExactly("user");
    assertThat(response.getSAMLResponseXml()).contains(AC_PASSWORD);
    assertThat(SamlFixtures.field(reply, "RelayState")).isEqualTo("back-to/page?x=1");
    assertThat(reply.header("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(reply.body()).contains("<script src=\"/resources/saml/autopost.js\"></script>")
        .contains("<button type=\"submit\">");
    assertThat(saml.auditCount("saml_response_issued", TotpFixtures.userId(session.token()))).isEqualTo(1);
  }

  @Test
  void theAutoPostScriptIsServed() {
    Api.Reply script = api.get("/resources/saml/autopost.js").replaceHeader("Accept", "*/*").send();

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("saml-autopost").contains("submit()");
  }

  @Test
  void withoutASessionTheLoginPageIsAskedAndTheContinuationAnswers() throws Exception {
    SamlApp app = saml.app("inherit", false);
    String email = totp.newUser("saml-nosession");
    AuthnRequest request = app.sp().authnRequest(false);

    Api.Reply toLogin = saml.sso(app, SamlFixtures.query(app, request, null), null);

    assertThat(toLogin.status()).isEqualTo(302);
    String location = toLogin.header("Location").orElseThrow();
    assertThat(location).startsWith("/login?return=%2Fsaml%2F" + app.id() + "%2Fcontinue%3Frequest%3D")
        .contains("&client_id=" + app.clientId()).doesNotContain("prompt=");
    String continuation = SamlFixtures.continuation(toLogin);
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    Api.Reply answered = saml.follow(continuation, session.sessionCookie());
    SamlResponse response = received(app, answered);
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
    Api.Reply again = saml.follow(continuation, session.sessionCookie());
    assertThat(again.status()).isEqualTo(400);
    assertThat(SamlFixtures.errorCode(again)).isEqualTo("unknown_request");
  }

  @Test
  void forceAuthnAsksForTheProfileAgainUntilAFreshPasswordIsGiven() throws Exception {
    SamlApp app = saml.app("inherit", false);
    String email = totp.newUser("saml-force");
    Api.Session old = api.login(email, TotpFixtures.PASSWORD);
    AuthnRequest request = app.sp().authnRequest(true);

    Api.Reply toLogin = saml.sso(app, SamlFixtures.query(app, request, null), old.sessionCookie());
    assertThat(toLogin.status()).isEqualTo(302);
    assertThat(toLogin.header("Location").orElseThrow()).endsWith("&prompt=login");
    String continuation = SamlFixtures.continuation(toLogin);
    Api.Reply stillOld = saml.follow(continuation, old.sessionCookie());
    assertThat(stillOld.status()).isEqualTo(302);
    assertThat(stillOld.header("Location").orElseThrow()).endsWith("&prompt=login");

    Api.Session fresh = api.login(email, TotpFixtures.PASSWORD);
    SamlResponse response = received(app, saml.follow(continuation, fresh.sessionCookie()));
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
  }

  @Test
  void anApplicationThatNeedsTotpAsksOnlyForTheSecondStepThenSaysMfa() throws Exception {
    SamlApp app = saml.app("otp", false);
    TotpFixtures.TotpUser user = totp.enrolledUser("saml-mfa");
    Api.Session passwordOnly = api.login(user.email(), TotpFixtures.PASSWORD);
    AuthnRequest request = app.sp().authnRequest(false);

    Api.Reply toStep = saml.sso(app, SamlFixtures.query(app, request, null), passwordOnly.sessionCookie());

    assertThat(toStep.status()).isEqualTo(302);
    assertThat(toStep.header("Location").orElseThrow()).endsWith("&prompt=mfa");
    Api.Reply stepUp = api.post("/api/v1/auth/step-up", null).bearer(passwordOnly.token()).send();
    assertThat(stepUp.status()).as(stepUp.toString()).isEqualTo(200);
    Api.Reply passed = totp.answer(stepUp.json().getString("mfa_token"), user.nextCode());
    assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
    SamlResponse response = received(app, saml.follow(SamlFixtures.continuation(toStep), passwordOnly.sessionCookie()));
    assertThat(response.isValid(request.getId())).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getSAMLResponseXml()).contains(AC_MFA).doesNotContain(AC_PASSWORD);
  }

  @Test
  void aReverificationIntervalSendsAVerifiedSessionBackToTheSecondStep() throws Exception {
    SamlApp app = saml.app("otp", false);
    TotpFixtures.TotpUser user = totp.enrolledUser("saml-reverify");
    Api.Session verified = totp.verifiedSession(user);
    AuthnRequest first = app.sp().authnRequest(false);
    SamlResponse ok = received(app, saml.sso(app, SamlFixtures.query(app, first, null), verified.sessionCookie()));
    assertThat(ok.isValid(first.getId())).as(String.valueOf(ok.getError())).isTrue();
    api.server().database().update(
        "UPDATE sso_session SET mfa_verified_at = ? WHERE user_id = ?",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2), java.util.UUID.fromString(user.id()));
    totp.setSettings("{\"mfa_reauth_interval_minutes\":60}");

    Api.Reply toStep = saml.sso(app, SamlFixtures.query(app, app.sp().authnRequest(false), null), verified.sessionCookie());

    assertThat(toStep.status()).isEqualTo(302);
    assertThat(toStep.header("Location").orElseThrow()).endsWith("&prompt=mfa");
    assertThat(saml.auditCount("reverification_asked", user.id())).isEqualTo(1);
  }

  @Test
  void aPassiveRequestThatNeedsTheUserIsAnsweredNoPassive() throws Exception {
    SamlApp app = saml.app("inherit", false);
    AuthnRequest request = new AuthnRequest(app.sp().settings(), false, true, true);

    Api.Reply reply = saml.sso(app, SamlFixtures.query(app, request, null), null);

    SamlResponse response = received(app, reply);
    assertThat(response.isValid(request.getId())).isFalse();
    assertThat(response.getResponseStatus().getStatusCode()).isEqualTo("urn:oasis:names:tc:SAML:2.0:status:Responder");
    assertThat(response.getSAMLResponseXml()).contains("urn:oasis:names:tc:SAML:2.0:status:NoPassive");
    assertThat(reply.header("Location")).isEmpty();
  }

  @Test
  void idpInitiatedLaunchAnswersWithoutInResponseTo() throws Exception {
    SamlApp app = saml.app("inherit", false);
    String email = totp.newUser("saml-launch");
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);

    Api.Reply reply =
        SamlFixtures.withSession(api.get(app.path("launch") + "?RelayState=home"), session.sessionCookie()).send();

    SamlResponse response = received(app, reply);
    assertThat(response.isValid(null)).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getSAMLResponseXml()).doesNotContain("InResponseTo");
    assertThat(SamlFixtures.field(reply, "RelayState")).isEqualTo("home");
  }

  @Test
  void launchWithoutASessionGoesToTheLoginPage() {
    SamlApp app = saml.app("inherit", false);

    Api.Reply reply = SamlFixtures.withSession(api.get(app.path("launch")), null).send();

    assertThat(reply.status()).isEqualTo(302);
    assertThat(reply.header("Location").orElseThrow()).startsWith("/login?return=");
  }

  @Test
  void singleLogoutEndsTheSessionTheSpNamesAndAnswersTheSp() throws Exception {
    SamlApp app = saml.app("inherit", false);
    String email = totp.newUser("saml-slo");
    Api.Session session = api.login(email, TotpFixtures.PASSWORD);
    AuthnRequest request = app.sp().authnRequest(false);
    SamlResponse signedIn = received(app, saml.sso(app, SamlFixtures.query(app, request, null), session.sessionCookie()));
    assertThat(signedIn.isValid(request.getId())).isTrue();
    LogoutRequest logout =
        new LogoutRequest(app.sp().settings(), new LogoutRequestParams(signedIn.getSessionIndex(), email));

    Api.Reply reply =
        api.post(app.path("slo"), "SAMLRequest=" + URLEncoder.encode(logout.getEncodedLogoutRequest(false), StandardCharsets.UTF_8)
                + "&RelayState=bye")
            .replaceHeader("Content-Type", "application/x-www-form-urlencoded")
            .replaceHeader("Accept", "text/html")
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(api.get("/api/v1/me").bearer(session.token()).send().status()).isEqualTo(401);
    String sloUrl = app.sp().acsUrl().replace("/acs", "/slo");
    assertThat(SamlFixtures.action(reply)).contains(sloUrl);
    LogoutResponse answer =
        new LogoutResponse(app.sp().settings(),
            new HttpRequest(sloUrl, (String) null).addParameter("SAMLResponse", SamlFixtures.field(reply, "SAMLResponse")));
    assertThat(answer.isValid(logout.getId())).isTrue();
    assertThat(answer.getStatus()).isEqualTo("urn:oasis:names:tc:SAML:2.0:status:Success");
    assertThat(reply.setCookie("idp_sid").orElseThrow()).containsAnyOf("Max-Age=0", "Expires=Thu, 01-Jan-1970");
  }

  @Test
  void theSigningCertificateIsGeneratedOnceAndItsKeyIsSealed() {
    SamlApp first = saml.app("inherit", false);
    SamlApp second = saml.app("inherit", false);

    assertThat(first.sp().idpSettings().get("onelogin.saml2.idp.x509cert"))
        .isEqualTo(second.sp().idpSettings().get("onelogin.saml2.idp.x509cert"));
    assertThat(api.server().database().queryValue("SELECT COUNT(*) FROM saml_signing_key"))
        .hasToString("1");
    assertThat((String) api.server().database().queryValue("SELECT private_key_sealed FROM saml_signing_key"))
        .startsWith("v1.").doesNotContain("PRIVATE KEY");
  }
}
