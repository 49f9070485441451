package dev.tollgate.saml;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A message received with the HTTP-Redirect binding (SAML Bindings §3.4): the raw query is kept
 * as sent, because the signature covers the URL-encoded octets of
 * {@code SAMLRequest=…&RelayState=…&SigAlg=…}, not a re-encoding of the decoded values.
 */
public final class RedirectBinding {
  private static final int MAX_QUERY = 80 * 1024;
  private static final Map<String, String> JCA_ALGORITHMS =
      Map.of(SamlNames.RSA_SHA256, "SHA256withRSA", SamlNames.RSA_SHA512, "SHA512withRSA");

  private final Map<String, String> raw;

  private RedirectBinding(Map<String, String> raw) {
    this.raw = raw;
  }

  /** Splits a raw query string; a repeated parameter is refused (it would make signing ambiguous). */
  public static RedirectBinding parse(String query) {
    if (query == null || query.isEmpty()) {
      throw SamlException.malformed("The SAMLRequest parameter is missing");
    }
    if (query.length() > MAX_QUERY) {
      throw SamlException.malformed("The SAML message is too large");
    }
    Map<String, String> raw = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (raw.putIfAbsent(name, eq < 0 ? "" : pair.substring(eq + 1)) != null) {
        throw SamlException.malformed("The parameter " + decodeOrNull(name) + " is repeated");
      }
    }
    return new RedirectBinding(raw);
  }

  /** The decoded value of a parameter. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(raw.get(name)).map(RedirectBinding::decode);
  }

  /** The inflated XML of {@code SAMLRequest}. */
  public byte[] samlRequestXml() {
    return SafeXml.inflate(SafeXml.base64(get("SAMLRequest").orElse(null)));
  }

  public boolean isSigned() {
    return raw.containsKey("Signature") || raw.containsKey("SigAlg");
  }

  /** Verifies {@code Signature} over the signed octets with the SP's certificate. */
  public void verifySignature(X509Certificate certificate) {
    String sigAlg = get("SigAlg").orElse("");
    String algorithm = JCA_ALGORITHMS.get(sigAlg);
    if (algorithm == null || !raw.containsKey("Signature")) {
      throw SamlException.badRequest(
          "invalid_signature", "The request must be signed with RSA-SHA256 (SigAlg and Signature)");
    }
    StringBuilder signed = new StringBuilder("SAMLRequest=").append(raw.get("SAMLRequest"));
    if (raw.containsKey("RelayState")) {
      signed.append("&RelayState=").append(raw.get("RelayState"));
    }
    signed.append("&SigAlg=").append(raw.get("SigAlg"));
    try {
      byte[] value = Base64.getMimeDecoder().decode(get("Signature").orElse(""));
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(signed.toString().getBytes(StandardCharsets.US_ASCII));
      if (!verifier.verify(value)) {
        throw SamlException.badRequest("invalid_signature", "The request signature does not verify");
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw SamlException.badRequest("invalid_signature", "The request signature does not verify");
    }
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw SamlException.malformed("The query string is not URL-encoded correctly");
    }
  }

  private static String decodeOrNull(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }
}
