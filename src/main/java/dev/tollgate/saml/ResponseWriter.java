package dev.tollgate.saml;

import dev.tollgate.shared.crypto.SecureTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a samlp:Response with one bearer assertion (SAML Profiles §4.1.4.2): Subject with
 * SubjectConfirmationData (Recipient, NotOnOrAfter, InResponseTo), Conditions with the
 * AudienceRestriction, an AuthnStatement whose class says whether a second factor was used,
 * and the attributes. The assertion and/or the response are signed as the SP's settings ask.
 */
public final class ResponseWriter {
  /** Allowance for SP clocks that run a little behind ours. */
  static final long NOT_BEFORE_SKEW_SECS = 60;
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private ResponseWriter() {}

  public static String write(AssertionContent c, SigningCredential credential) {
    Document doc = SafeXml.newDocument();
    Element response = doc.createElementNS(SamlNames.PROTOCOL, "samlp:Response");
    doc.appendChild(response);
    // Declared as attributes: canonicalisation reads declarations, it does not invent them.
    response.setAttributeNS(XMLNS, "xmlns:samlp", SamlNames.PROTOCOL);
    response.setAttributeNS(XMLNS, "xmlns:saml", SamlNames.ASSERTION);
    response.setAttribute("ID", newId());
    response.setAttribute("Version", "2.0");
    response.setAttribute("IssueInstant", time(c.now()));
    response.setAttribute("Destination", c.destination());
    c.inResponseTo().ifPresent(id -> response.setAttribute("InResponseTo", id));
    Element issuer = issuer(doc, c.idpEntityId());
    response.appendChild(issuer);
    Element status = child(response, SamlNames.PROTOCOL, "samlp:Status");
    child(status, SamlNames.PROTOCOL, "samlp:StatusCode").setAttribute("Value", SamlNames.STATUS_SUCCESS);
    Element assertion = assertion(doc, c);
    response.appendChild(assertion);
    if (c.signAssertion()) {
      XmlSignatures.sign(assertion, firstChild(assertion), credential);
    }
    if (c.signResponse()) {
      XmlSignatures.sign(response, issuer, credential);
    }
    return SafeXml.serialize(doc);
  }

  /**
   * A signed Response without an assertion whose status says why none could be given (for
   * an {@code IsPassive} request that would need the user: Responder / NoPassive).
   */
  public static String writeStatus(
      String idpEntityId, String destination, String inResponseTo, String subStatus, Instant now,
      SigningCredential credential) {
    Document doc = SafeXml.newDocument();
    Element response = doc.createElementNS(SamlNames.PROTOCOL, "samlp:Response");
    doc.appendChild(response);
    response.setAttributeNS(XMLNS, "xmlns:samlp", SamlNames.PROTOCOL);
    response.setAttributeNS(XMLNS, "xmlns:saml", SamlNames.ASSERTION);
    response.setAttribute("ID", newId());
    response.setAttribute("Version", "2.0");
    response.setAttribute("IssueInstant", time(now));
    response.setAttribute("Destination", destination);
    response.setAttribute("InResponseTo", inResponseTo);
    Element issuer = issuer(doc, idpEntityId);
    response.appendChild(issuer);
    Element code = child(child(response, SamlNames.PROTOCOL, "samlp:Status"), SamlNames.PROTOCOL, "samlp:StatusCode");
    code.setAttribute("Value", SamlNames.STATUS_RESPONDER);
    child(code, SamlNames.PROTOCOL, "samlp:StatusCode").setAttribute("Value", subStatus);
    XmlSignatures.sign(response, issuer, credential);
    return SafeXml.serialize(doc);
  }

  private static Element assertion(Document doc, AssertionContent c) {
    Instant notOnOrAfter = c.now().plusSeconds(c.lifetimeSecs());
    Element assertion = doc.createElementNS(SamlNames.ASSERTION, "saml:Assertion");
    assertion.setAttributeNS(XMLNS, "xmlns:saml", SamlNames.ASSERTION);
    assertion.setAttribute("ID", newId());
    assertion.setAttribute("Version", "2.0");
    assertion.setAttribute("IssueInstant", time(c.now()));
    assertion.appendChild(issuer(doc, c.idpEntityId()));
    subject(assertion, c, notOnOrAfter);
    Element conditions = child(assertion, SamlNames.ASSERTION, "saml:Conditions");
    conditions.setAttribute("NotBefore", time(c.now().minusSeconds(NOT_BEFORE_SKEW_SECS)));
    conditions.setAttribute("NotOnOrAfter", time(notOnOrAfter));
    child(child(conditions, SamlNames.ASSERTION, "saml:AudienceRestriction"), SamlNames.ASSERTION, "saml:Audience")
        .setTextContent(c.audience());
    Element authn = child(assertion, SamlNames.ASSERTION, "saml:AuthnStatement");
    authn.setAttribute("AuthnInstant", time(c.authInstant()));
    authn.setAttribute("SessionIndex", c.sessionIndex());
    child(child(authn, SamlNames.ASSERTION, "saml:AuthnContext"), SamlNames.ASSERTION, "saml:AuthnContextClassRef")
        .setTextContent(c.authnContextClassRef());
    attributes(assertion, c.attributes());
    return assertion;
  }

  private static void subject(Element assertion, AssertionContent c, Instant notOnOrAfter) {
    Element subject = child(assertion, SamlNames.ASSERTION, "saml:Subject");
    Element nameId = child(subject, SamlNames.ASSERTION, "saml:NameID");
    nameId.setAttribute("Format", c.nameIdFormat().urn());
    nameId.setTextContent(c.nameId());
    Element confirmation = child(subject, SamlNames.ASSERTION, "saml:SubjectConfirmation");
    confirmation.setAttribute("Method", SamlNames.BEARER);
    Element data = child(confirmation, SamlNames.ASSERTION, "saml:SubjectConfirmationData");
    c.inResponseTo().ifPresent(id -> data.setAttribute("InResponseTo", id));
    data.setAttribute("NotOnOrAfter", time(notOnOrAfter));
    data.setAttribute("Recipient", c.destination());
  }

  private static void attributes(Element assertion, List<AssertionContent.Attribute> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    Element statement = child(assertion, SamlNames.ASSERTION, "saml:AttributeStatement");
    for (AssertionContent.Attribute a : attributes) {
      Element attribute = child(statement, SamlNames.ASSERTION, "saml:Attribute");
      attribute.setAttribute("Name", a.name());
      attribute.setAttribute("NameFormat", a.nameFormat());
      for (String value : a.values()) {
        child(attribute, SamlNames.ASSERTION, "saml:AttributeValue").setTextContent(value);
      }
    }
  }

  static Element issuer(Document doc, String entityId) {
    Element issuer = doc.createElementNS(SamlNames.ASSERTION, "saml:Issuer");
    issuer.setTextContent(entityId);
    return issuer;
  }

  static Element child(Element parent, String ns, String qualifiedName) {
    Element child = parent.getOwnerDocument().createElementNS(ns, qualifiedName);
    parent.appendChild(child);
    return child;
  }

  private static Element firstChild(Element element) {
    return (Element) element.getFirstChild();
  }

  /** An xs:ID: a letter first, then 160 random bits in hex. */
  static String newId() {
    return "_" + HexFormat.of().formatHex(SecureTokens.randomBytes(20));
  }

  /** SAML times are UTC with no fractional seconds beyond milliseconds. */
  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
