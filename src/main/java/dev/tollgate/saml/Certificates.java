package dev.tollgate.saml;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed RSA certificates (Bouncy Castle PKIX) and PEM in and out. */
public final class Certificates {
  static final int KEY_BITS = 3072;
  static final Duration VALIDITY = Duration.ofDays(3650);
  private static final int MAX_PEM = 8000;

  private Certificates() {}

  /** A new RSA key pair and a self-signed SHA256withRSA certificate for {@code commonName}. */
  public static SigningCredential selfSigned(String commonName, Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name("CN=" + commonName.replaceAll("[,+=\"\\\\<>;#]", "_"));
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name, new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(VALIDITY)), name, pair.getPublic());
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new SigningCredential(pair.getPrivate(), cert);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot create a signing certificate", e);
    }
  }

  public static String toPem(X509Certificate cert) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(cert.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unencodable certificate", e);
    }
  }

  /** A PEM certificate, or bare base64 of the DER; empty when it is not one X.509 certificate. */
  public static Optional<X509Certificate> parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_PEM) {
      return Optional.empty();
    }
    String body =
        text.replace("-----BEGIN CERTIFICATE-----", "")
            .replace("-----END CERTIFICATE-----", "")
            .replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      return Optional.of(
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
    } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
      return Optional.empty();
    }
  }

  static PrivateKey privateKey(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored SAML signing key is unreadable", e);
    }
  }
}
