package dev.tollgate.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** Checked SAML settings of an application (see {@link SamlSettingsRules}). */
public record SamlSettingsValues(
    String entityId,
    String acsUrl,
    Optional<String> sloUrl,
    NameIdFormat nameIdFormat,
    String nameIdAttribute,
    int assertionLifetimeSecs,
    boolean signAssertions,
    boolean signResponse,
    Optional<String> spSigningCert,
    List<AttributeMapping> attributeMappings) {
  public SamlSettingsValues {
    attributeMappings = List.copyOf(attributeMappings);
  }

  /** The SP's certificate for signed AuthnRequests, when one is set. */
  public Optional<X509Certificate> spCertificate() {
    return spSigningCert.flatMap(Certificates::parse);
  }
}
