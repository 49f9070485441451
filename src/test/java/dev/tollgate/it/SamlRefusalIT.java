package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onelogin.saml2.authn.AuthnRequest;
import dev.tollgate.it.SamlFixtures.SamlApp;
import dev.tollgate.testing.saml.TestServiceProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Requests Tollgate must refuse, each with an error page (never a post to an ACS), its code,
 * and an audit event: unknown SP, wrong ACS URL, bad or missing AuthnRequest signature, an XXE
 * payload, an expired request, a replayed one.
 */
class SamlRefusalIT {
  private final Api api = Api.forServer();
  private final Api.Session admin = Accounts.admin(api);
  private final SamlFixtures saml = new SamlFixtures(api, admin);

  private static String raw(String xml) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9, true))) {
        deflater.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      return "SAMLRequest=" + TestServiceProvider.encode(Base64.getEncoder().encodeToString(out.toByteArray()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String authnRequest(SamlApp app, String id, Instant issued) {
    return "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
        + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"" + id + "\" Version=\"2.0\""
        + " IssueInstant=\"" + issued.truncatedTo(ChronoUnit.SECONDS) + "\""
        + " AssertionConsumerServiceURL=\"" + app.sp().acsUrl() + "\">"
        + "<saml:Issuer>" + app.sp().entityId() + "</saml:Issuer></samlp:AuthnRequest>";
  }

  private Api.Reply refused(Api.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(SamlFixtures.errorCode(reply)).isEqualTo(code);
    assertThat(reply.body()).doesNotContain("SAMLResponse");
    return reply;
  }

  @Test
  void anUnknownApplicationIsNotAServiceProvider() {
    SamlApp app = saml.app("inherit", false);
    String query = SamlFixtures.query(app, app.sp().authnRequest(false), null);

    refused(api.get("/saml/" + UUID.randomUUID() + "/sso?" + query).send(), 404, "unknown_service_provider");
    refused(api.get("/saml/not-a-uuid/sso?" + query).send(), 404, "unknown_service_provider");
  }

  @Test
  void anOidcApplicationIsNotAServiceProvider() {
    String oidc = saml.createApp("oidc", "inherit").getString("id");

    refused(api.get("/saml/" + oidc + "/metadata").send(), 404, "unknown_service_provider");
  }

  @Test
  void anIssuerThatIsNotTheRegisteredSpIsRefused() {
    SamlApp app = saml.app("inherit", false);
    int before = saml.auditCount("saml_request_refused", null);
    String xml = authnRequest(app, "_" + UUID.randomUUID(), Instant.now())
        .replace(app.sp().entityId() + "</saml:Issuer>", "https://stranger.test</saml:Issuer>");

    refused(saml.sso(app, raw(xml), null), 400, "unknown_service_provider");
    assertThat(saml.auditCount("saml_request_refused", null)).isEqualTo(before + 1);
  }

  @Test
  void anotherAcsUrlIsRefused() {
    SamlApp app = saml.app("inherit", false);
    String xml = authnRequest(app, "_" + UUID.randomUUID(), Instant.now())
        .replace(app.sp().acsUrl(), "https://attacker.test/acs");

    refused(saml.sso(app, raw(xml), null), 400, "invalid_acs_url");
  }

  @Test
  void aBadSignatureIsRefusedWhenTheSpSignsItsRequests() {
    SamlApp app = saml.app("inherit", true);
    AuthnRequest request = app.sp().authnRequest(false);
    String signed = app.sp().redirectQuery(request, "state", true);

    refused(saml.sso(app, signed.replace("RelayState=state", "RelayState=other"), null), 400, "invalid_signature");
    refused(saml.sso(app, app.sp().redirectQuery(app.sp().authnRequest(false), null, false), null), 400, "invalid_signature");
    TestServiceProvider impostor =
        TestServiceProvider.of(app.sp().entityId(), app.sp().acsUrl(), "https://x.test/slo",
            api.get(app.path("metadata")).send().body());
    refused(saml.sso(app, impostor.redirectQuery(impostor.authnRequest(false), null, true), null), 400, "invalid_signature");
  }

  @Test
  void aGoodSignatureIsAccepted() {
    SamlApp app = saml.app("inherit", true);
    assertThat(api.get(app.path("metadata")).send().body()).contains("WantAuthnRequestsSigned=\"true\"");

    Api.Reply reply = saml.sso(app, app.sp().redirectQuery(app.sp().authnRequest(false), "state", true), null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(302);
    assertThat(reply.header("Location").orElseThrow()).startsWith("/login?");
  }

  @Test
  void anXxePayloadIsRefused() {
    SamlApp app = saml.app("inherit", false);
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + authnRequest(app, "_" + UUID.randomUUID(), Instant.now()).replace("</saml:Issuer>", "&x;</saml:Issuer>");

    Api.Reply reply = refused(saml.sso(app, raw(xxe), null), 400, "invalid_saml_request");

    assertThat(reply.body()).doesNotContain("root:");
  }

  @Test
  void anExpiredRequestIsRefused() {
    SamlApp app = saml.app("inherit", false);
    String old = authnRequest(app, "_" + UUID.randomUUID(), Instant.now().minusSeconds(600));

    refused(saml.sso(app, raw(old), null), 400, "request_expired");
  }

  @Test
  void aReplayedRequestIsRefused() {
    SamlApp app = saml.app("inherit", false);
    String query = SamlFixtures.query(app, app.sp().authnRequest(false), null);
    assertThat(saml.sso(app, query, null).status()).isEqualTo(302);

    refused(saml.sso(app, query, null), 400, "request_replayed");
  }

  @Test
  void aReplayRacingTheOriginalIsRefusedAndOnlyOneIsAnswered() {
    SamlApp app = saml.app("inherit", false);
    String session = api.login(Accounts.newUser(api, "saml-race"), Accounts.PASSWORD).sessionCookie();
    String query = SamlFixtures.query(app, app.sp().authnRequest(false), null);

    java.util.List<Api.Reply> replies =
        Burst.of(6, i -> SamlFixtures.withSession(api.get(app.path("sso") + "?" + query), session));

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 400));
    assertThat(replies).filteredOn(r -> r.body().contains("SAMLResponse")).hasSize(1);
    assertThat(replies).filteredOn(r -> r.status() == 400)
        .hasSize(5)
        .allSatisfy(r -> assertThat(SamlFixtures.errorCode(r)).isEqualTo("request_replayed"));
  }

  @Test
  void aMalformedOrOversizedMessageIsRefused() {
    SamlApp app = saml.app("inherit", false);

    refused(saml.sso(app, "SAMLRequest=not-base64!", null), 400, "invalid_saml_request");
    refused(saml.sso(app, "RelayState=x", null), 400, "invalid_saml_request");
    refused(saml.sso(app, raw("<a>" + "x".repeat(200_000) + "</a>"), null), 400, "invalid_saml_request");
  }

  @Test
  void aRequestThatNeedsTheUserIsAnsweredOnlyByTheSameApplication() {
    SamlApp app = saml.app("inherit", false);
    SamlApp other = saml.app("inherit", false);
    Api.Reply toLogin = saml.sso(app, SamlFixtures.query(app, app.sp().authnRequest(false), null), null);
    String continuation = SamlFixtures.continuation(toLogin);

    refused(api.get(continuation.replace(app.id(), other.id())).send(), 400, "unknown_request");
  }
}
