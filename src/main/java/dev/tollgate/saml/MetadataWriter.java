package dev.tollgate.saml;

import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The IdP metadata of one application (SAML Metadata §2.4.3): certificate, SSO and SLO. */
public final class MetadataWriter {
  private MetadataWriter() {}

  public static String write(
      String entityId, String ssoUrl, String sloUrl, boolean wantSignedRequests,
      SigningCredential credential) {
    Document doc = SafeXml.newDocument();
    Element descriptor = doc.createElementNS(SamlNames.METADATA, "md:EntityDescriptor");
    doc.appendChild(descriptor);
    descriptor.setAttributeNS(ResponseWriter.XMLNS, "xmlns:md", SamlNames.METADATA);
    descriptor.setAttributeNS(ResponseWriter.XMLNS, "xmlns:ds", SamlNames.DSIG);
    descriptor.setAttribute("entityID", entityId);
    Element idp = ResponseWriter.child(descriptor, SamlNames.METADATA, "md:IDPSSODescriptor");
    idp.setAttribute("WantAuthnRequestsSigned", Boolean.toString(wantSignedRequests));
    idp.setAttribute("protocolSupportEnumeration", SamlNames.PROTOCOL);
    Element key = ResponseWriter.child(idp, SamlNames.METADATA, "md:KeyDescriptor");
    key.setAttribute("use", "signing");
    Element keyInfo = ResponseWriter.child(key, SamlNames.DSIG, "ds:KeyInfo");
    Element x509 = ResponseWriter.child(keyInfo, SamlNames.DSIG, "ds:X509Data");
    ResponseWriter.child(x509, SamlNames.DSIG, "ds:X509Certificate")
        .setTextContent(credential.certificateBase64());
    Element slo = ResponseWriter.child(idp, SamlNames.METADATA, "md:SingleLogoutService");
    slo.setAttribute("Binding", SamlNames.BINDING_POST);
    slo.setAttribute("Location", sloUrl);
    for (String format : List.of(
        NameIdFormat.EMAIL_ADDRESS.urn(), NameIdFormat.PERSISTENT.urn(), NameIdFormat.UNSPECIFIED.urn())) {
      ResponseWriter.child(idp, SamlNames.METADATA, "md:NameIDFormat").setTextContent(format);
    }
    Element sso = ResponseWriter.child(idp, SamlNames.METADATA, "md:SingleSignOnService");
    sso.setAttribute("Binding", SamlNames.BINDING_REDIRECT);
    sso.setAttribute("Location", ssoUrl);
    return SafeXml.serialize(doc);
  }
}
