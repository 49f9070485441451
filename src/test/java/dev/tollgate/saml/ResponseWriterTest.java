package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThat;

import com.onelogin.saml2.authn.SamlResponse;
import dev.tollgate.testing.saml.TestServiceProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tollgate's Responses as a real SP (OneLogin java-saml, strict mode) validates them. */
class ResponseWriterTest {
  static final SigningCredential IDP = Certificates.selfSigned("Test IdP", Instant.now());
  static final String IDP_ENTITY = "http://localhost:8080/saml/app/metadata";
  static final String SP_ENTITY = "https://sp.test/metadata";
  static final String ACS = "https://sp.test/acs";
  static final TestServiceProvider SP =
      TestServiceProvider.of(SP_ENTITY, ACS, "https://sp.test/slo",
          MetadataWriter.write(IDP_ENTITY, "http://localhost:8080/saml/app/sso",
              "http://localhost:8080/saml/app/slo", false, IDP));

  static AssertionContent content(String audience, boolean signAssertion, boolean signResponse) {
    return new AssertionContent(
        IDP_ENTITY, ACS, audience, Optional.of("_req1"), NameIdFormat.EMAIL_ADDRESS, "ann@example.test",
        Instant.now().minusSeconds(30), "_0123456789abcdef0123456789abcdef", SamlNames.AC_MFA,
        List.of(new AssertionContent.Attribute("email", "urn:oasis:names:tc:SAML:2.0:attrname-format:basic", List.of("ann@example.test")),
            new AssertionContent.Attribute("groups", "urn:oasis:names:tc:SAML:2.0:attrname-format:basic", List.of("user", "admin"))),
        Instant.now(), 300, signAssertion, signResponse);
  }

  static String write(AssertionContent content) {
    return SafeXml.base64Of(ResponseWriter.write(content, IDP));
  }

  @Test
  void aSignedAssertionIsAcceptedBecauseItIsValid() throws Exception {
    SamlResponse response = SP.receive(write(content(SP_ENTITY, true, false)));

    assertThat(response.isValid("_req1")).as(String.valueOf(response.getError())).isTrue();
    assertThat(response.getNameId()).isEqualTo("ann@example.test");
    assertThat(response.getNameIdFormat()).isEqualTo(NameIdFormat.EMAIL_ADDRESS.urn());
    assertThat(response.getAttributes().get("groups")).containsExactly("user", "admin");
    assertThat(response.getSessionIndex()).isEqualTo("_0123456789abcdef0123456789abcdef");
    assertThat(response.getSAMLResponseXml()).contains(SamlNames.AC_MFA);
  }

  @Test
  void bothSignaturesTogetherAreAccepted() {
    SamlResponse response = SP.receive(write(content(SP_ENTITY, true, true)));

    assertThat(response.isValid("_req1")).as(String.valueOf(response.getError())).isTrue();
  }

  @Test
  void anotherAudienceIsRejectedByTheSp() {
    SamlResponse response = SP.receive(write(content("https://other.test", true, false)));

    assertThat(response.isValid("_req1")).isFalse();
  }

  @Test
  void anAnswerToAnotherRequestIsRejectedByTheSp() {
    SamlResponse response = SP.receive(write(content(SP_ENTITY, true, false)));

    assertThat(response.isValid("_another")).isFalse();
  }

  @Test
  void aTamperedAssertionFailsTheSignatureCheck() {
    String xml = ResponseWriter.write(content(SP_ENTITY, true, false), IDP)
        .replace("ann@example.test</saml:NameID>", "eve@example.test</saml:NameID>");
    SamlResponse response =
        SP.receive(Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(response.isValid("_req1")).isFalse();
  }

  @Test
  void theSignatureUsesRsaSha256AndExclusiveCanonicalisation() {
    String xml = ResponseWriter.write(content(SP_ENTITY, true, false), IDP);

    assertThat(xml)
        .contains("Algorithm=\"" + SamlNames.RSA_SHA256 + "\"")
        .contains("Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"")
        .contains("Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"");
  }
}
