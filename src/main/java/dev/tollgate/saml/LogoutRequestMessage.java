package dev.tollgate.saml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The parts of a samlp:LogoutRequest Tollgate reads; {@code root} for signature checks. */
public record LogoutRequestMessage(
    Element root, String id, Instant issueInstant, String issuer, Optional<String> destination,
    Optional<String> nameId, List<String> sessionIndexes) {
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,255}");

  public static LogoutRequestMessage of(Document document) {
    Element root = document.getDocumentElement();
    if (!SamlNames.PROTOCOL.equals(root.getNamespaceURI()) || !"LogoutRequest".equals(root.getLocalName())) {
      throw SamlException.malformed("The message is not a SAML 2.0 LogoutRequest");
    }
    if (!"2.0".equals(root.getAttribute("Version")) || !ID.matcher(root.getAttribute("ID")).matches()) {
      throw SamlException.malformed("The LogoutRequest has no valid Version or ID");
    }
    return new LogoutRequestMessage(
        root, root.getAttribute("ID"), AuthnRequestMessage.instant(root.getAttribute("IssueInstant")),
        AuthnRequestMessage.issuer(root),
        root.hasAttribute("Destination") ? Optional.of(root.getAttribute("Destination")) : Optional.empty(),
        nameId(root), sessionIndexes(root));
  }

  private static List<String> sessionIndexes(Element root) {
    List<String> found = new ArrayList<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && SamlNames.PROTOCOL.equals(e.getNamespaceURI())
          && "SessionIndex".equals(e.getLocalName())
          && found.size() < 10) {
        found.add(e.getTextContent().trim());
      }
    }
    return List.copyOf(found);
  }

  private static Optional<String> nameId(Element root) {
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && SamlNames.ASSERTION.equals(e.getNamespaceURI())
          && "NameID".equals(e.getLocalName())) {
        return Optional.of(e.getTextContent().trim());
      }
    }
    return Optional.empty();
  }
}
