package dev.tollgate.saml;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The parts of a samlp:AuthnRequest that Tollgate reads, checked for shape only. */
public record AuthnRequestMessage(
    String id,
    Instant issueInstant,
    String issuer,
    Optional<String> destination,
    Optional<String> acsUrl,
    Optional<String> protocolBinding,
    boolean forceAuthn,
    boolean passive) {
  /** An xs:ID is an NCName; SAML IDs are at most a few dozen characters in practice. */
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,255}");

  public static AuthnRequestMessage of(Document document) {
    Element root = document.getDocumentElement();
    if (!SamlNames.PROTOCOL.equals(root.getNamespaceURI())
        || !"AuthnRequest".equals(root.getLocalName())) {
      throw SamlException.malformed("The message is not a SAML 2.0 AuthnRequest");
    }
    if (!"2.0".equals(root.getAttribute("Version"))) {
      throw SamlException.malformed("Only SAML version 2.0 is supported");
    }
    String id = root.getAttribute("ID");
    if (!ID.matcher(id).matches()) {
      throw SamlException.malformed("The AuthnRequest ID is missing or invalid");
    }
    return new AuthnRequestMessage(
        id,
        instant(root.getAttribute("IssueInstant")),
        issuer(root),
        attribute(root, "Destination"),
        attribute(root, "AssertionConsumerServiceURL"),
        attribute(root, "ProtocolBinding"),
        "true".equals(root.getAttribute("ForceAuthn")) || "1".equals(root.getAttribute("ForceAuthn")),
        "true".equals(root.getAttribute("IsPassive")) || "1".equals(root.getAttribute("IsPassive")));
  }

  /** The text of the message's own saml:Issuer (a direct child), required. */
  static String issuer(Element root) {
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && SamlNames.ASSERTION.equals(e.getNamespaceURI())
          && "Issuer".equals(e.getLocalName())) {
        return e.getTextContent().trim();
      }
    }
    throw SamlException.malformed("The message has no Issuer");
  }

  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw SamlException.malformed("IssueInstant is missing or not a UTC time");
    }
  }

  private static Optional<String> attribute(Element element, String name) {
    return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
  }
}
