package dev.tollgate.testing.saml;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Util;
import dev.tollgate.saml.Certificates;
import dev.tollgate.saml.SigningCredential;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * A real SAML service provider for the tests: OneLogin's java-saml, configured from Tollgate's
 * IdP metadata. It builds AuthnRequests (signed over the Redirect-binding query with its own
 * key, when asked) and validates Tollgate's Responses as an SP in strict mode would.
 */
public final class TestServiceProvider {
  public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

  private final String entityId;
  private final String acsUrl;
  private final String sloUrl;
  private final SigningCredential credential;
  private final Map<String, Object> idp;

  private TestServiceProvider(
      String entityId, String acsUrl, String sloUrl, SigningCredential credential, Map<String, Object> idp) {
    this.entityId = entityId;
    this.acsUrl = acsUrl;
    this.sloUrl = sloUrl;
    this.credential = credential;
    this.idp = idp;
  }

  /** An SP with its own signing key, that trusts the IdP described by {@code idpMetadataXml}. */
  public static TestServiceProvider of(String entityId, String acsUrl, String sloUrl, String idpMetadataXml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
      Document metadata =
          factory.newDocumentBuilder()
              .parse(new ByteArrayInputStream(idpMetadataXml.getBytes(StandardCharsets.UTF_8)));
      return new TestServiceProvider(
          entityId, acsUrl, sloUrl, Certificates.selfSigned("Test SP", Instant.now()),
          IdPMetadataParser.parseXML(metadata));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the IdP metadata", e);
    }
  }

  public String entityId() {
    return entityId;
  }

  public String acsUrl() {
    return acsUrl;
  }

  public String certificatePem() {
    return Certificates.toPem(credential.certificate());
  }

  public Map<String, Object> idpSettings() {
    return Map.copyOf(idp);
  }

  public Saml2Settings settings() {
    Map<String, Object> values = new HashMap<>(idp);
    values.put(SettingsBuilder.STRICT_PROPERTY_KEY, true);
    values.put(SettingsBuilder.SP_ENTITYID_PROPERTY_KEY, entityId);
    values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, acsUrl);
    values.put(SettingsBuilder.SP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, sloUrl);
    values.put(SettingsBuilder.SP_X509CERT_PROPERTY_KEY, certificatePem());
    values.put(SettingsBuilder.SECURITY_WANT_ASSERTIONS_SIGNED, true);
    values.put(SettingsBuilder.SECURITY_WANT_MESSAGES_SIGNED, false);
    values.put(SettingsBuilder.SECURITY_SIGNATURE_ALGORITHM, RSA_SHA256);
    values.put(SettingsBuilder.SECURITY_REJECT_DEPRECATED_ALGORITHM, true);
    values.put(SettingsBuilder.SECURITY_REQUESTED_AUTHNCONTEXT, "");
    return new SettingsBuilder().fromValues(values).build();
  }

  public AuthnRequest authnRequest(boolean forceAuthn) {
    return new AuthnRequest(settings(), forceAuthn, false, true);
  }

  /** The Redirect-binding query for {@code request}; signed with the SP's key when {@code sign}. */
  public String redirectQuery(AuthnRequest request, String relayState, boolean sign) {
    try {
      String query = "SAMLRequest=" + encode(request.getEncodedAuthnRequest());
      if (relayState != null) {
        query += "&RelayState=" + encode(relayState);
      }
      if (!sign) {
        return query;
      }
      query += "&SigAlg=" + encode(RSA_SHA256);
      byte[] signature = Util.sign(query, credential.privateKey(), RSA_SHA256);
      return query + "&Signature=" + encode(Base64.getEncoder().encodeToString(signature));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tollgate's Response as received at the ACS; {@code isValid(requestId)} is the SP's check. */
  public SamlResponse receive(String samlResponseBase64) {
    try {
      return new SamlResponse(settings(), new HttpRequest(acsUrl, (String) null).addParameter("SAMLResponse", samlResponseBase64));
    } catch (Exception e) {
      throw new IllegalStateException("java-saml could not read the response", e);
    }
  }

  /** Signs a document's root with the SP's key, as an SP signs a POST-binding LogoutRequest. */
  public String signRoot(Document document) {
    try {
      return Util.addSign(document, credential.privateKey(), credential.certificate(), RSA_SHA256);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
