package dev.tollgate.saml;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** The IdP's private key and its certificate; {@code toString} never shows the key. */
public record SigningCredential(PrivateKey privateKey, X509Certificate certificate) {
  /** The certificate as metadata and KeyInfo carry it: base64 of the DER, no PEM armour. */
  public String certificateBase64() {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("Unencodable certificate", e);
    }
  }

  @Override
  public String toString() {
    return "SigningCredential[" + certificate.getSubjectX500Principal() + "]";
  }
}
