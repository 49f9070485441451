package dev.tollgate.saml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Enveloped signatures: round trip, tampering, another key, and signature wrapping. */
class XmlSignaturesTest {
  static final SigningCredential KEY = Certificates.selfSigned("Signer", Instant.now());
  static final SigningCredential OTHER = Certificates.selfSigned("Other", Instant.now());

  static String signedLogoutRequest(String id, String nameId) {
    Document doc = SafeXml.parse(("<samlp:LogoutRequest xmlns:samlp=\"" + SamlNames.PROTOCOL
        + "\" xmlns:saml=\"" + SamlNames.ASSERTION + "\" ID=\"" + id + "\" Version=\"2.0\""
        + " IssueInstant=\"2026-01-01T00:00:00Z\"><saml:Issuer>sp</saml:Issuer><saml:NameID>"
        + nameId + "</saml:NameID></samlp:LogoutRequest>").getBytes(StandardCharsets.UTF_8));
    Element root = doc.getDocumentElement();
    XmlSignatures.sign(root, (Element) root.getFirstChild(), KEY);
    return SafeXml.serialize(doc);
  }

  static Element parse(String xml) {
    return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
  }

  @Test
  void verifiesWhatItSigned() {
    assertThatCode(() -> XmlSignatures.verify(parse(signedLogoutRequest("_a1", "ann")), KEY.certificate()))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesChangedContent() {
    String tampered = signedLogoutRequest("_a1", "ann").replace(">ann<", ">eve<");

    assertThatThrownBy(() -> XmlSignatures.verify(parse(tampered), KEY.certificate()))
        .hasMessageContaining("does not verify");
  }

  @Test
  void refusesAnotherKey() {
    assertThatThrownBy(() -> XmlSignatures.verify(parse(signedLogoutRequest("_a1", "ann")), OTHER.certificate()))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesAnUnsignedMessage() {
    Element root = parse("<samlp:LogoutRequest xmlns:samlp=\"" + SamlNames.PROTOCOL + "\" ID=\"_a1\"/>");

    assertThatThrownBy(() -> XmlSignatures.verify(root, KEY.certificate()))
        .hasMessageContaining("exactly one signature");
  }

  /**
   * Wrapping: the attacker's own message takes the legitimate ID and carries the legitimate
   * signature, with the signed original hidden inside it. The signature must not vouch for it.
   */
  @Test
  void refusesSignatureWrapping() {
    Element original = parse(signedLogoutRequest("_legit", "ann"));
    Document doc = original.getOwnerDocument();
    Element evil = doc.createElementNS(SamlNames.PROTOCOL, "samlp:LogoutRequest");
    evil.setAttribute("ID", "_legit");
    evil.setAttribute("Version", "2.0");
    Element issuer = doc.createElementNS(SamlNames.ASSERTION, "saml:Issuer");
    issuer.setTextContent("sp");
    evil.appendChild(issuer);
    Node signature = original.getElementsByTagNameNS(SamlNames.DSIG, "Signature").item(0);
    evil.appendChild(signature.cloneNode(true));
    Element extensions = doc.createElementNS(SamlNames.PROTOCOL, "samlp:Extensions");
    evil.appendChild(extensions);
    doc.replaceChild(evil, original);
    extensions.appendChild(original);
    Element reparsed = parse(SafeXml.serialize(doc));

    assertThatThrownBy(() -> XmlSignatures.verify(reparsed, KEY.certificate()))
        .isInstanceOf(SamlException.class);
  }

  @Test
  void refusesASignatureThatCoversAnotherElement() {
    String signed = signedLogoutRequest("_a1", "ann");
    String moved = signed.replaceFirst("ID=\"_a1\"", "ID=\"_b2\"");

    assertThatThrownBy(() -> XmlSignatures.verify(parse(moved), KEY.certificate()))
        .isInstanceOf(SamlException.class);
  }
}
