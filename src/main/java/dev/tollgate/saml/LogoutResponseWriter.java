package dev.tollgate.saml;

import java.time.Instant;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A signed samlp:LogoutResponse with status Success, in answer to a LogoutRequest. */
public final class LogoutResponseWriter {
  private LogoutResponseWriter() {}

  public static String write(
      String idpEntityId, String destination, String inResponseTo, Instant now,
      SigningCredential credential) {
    Document doc = SafeXml.newDocument();
    Element response = doc.createElementNS(SamlNames.PROTOCOL, "samlp:LogoutResponse");
    doc.appendChild(response);
    response.setAttributeNS(ResponseWriter.XMLNS, "xmlns:samlp", SamlNames.PROTOCOL);
    response.setAttributeNS(ResponseWriter.XMLNS, "xmlns:saml", SamlNames.ASSERTION);
    response.setAttribute("ID", ResponseWriter.newId());
    response.setAttribute("Version", "2.0");
    response.setAttribute("IssueInstant", ResponseWriter.time(now));
    response.setAttribute("Destination", destination);
    response.setAttribute("InResponseTo", inResponseTo);
    Element issuer = ResponseWriter.issuer(doc, idpEntityId);
    response.appendChild(issuer);
    Element status = ResponseWriter.child(response, SamlNames.PROTOCOL, "samlp:Status");
    ResponseWriter.child(status, SamlNames.PROTOCOL, "samlp:StatusCode")
        .setAttribute("Value", SamlNames.STATUS_SUCCESS);
    XmlSignatures.sign(response, issuer, credential);
    return SafeXml.serialize(doc);
  }
}
