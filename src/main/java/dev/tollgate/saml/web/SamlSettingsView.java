package dev.tollgate.saml.web;

import dev.tollgate.saml.AttributeMapping;
import dev.tollgate.saml.SamlEndpoints;
import dev.tollgate.saml.SamlSettings;
import dev.tollgate.saml.SamlSettingsValues;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * The SAML settings as the API shows them (the JustIAM keys), with the IdP side an SP needs:
 * Tollgate's entity ID, metadata and SSO URLs for this application.
 */
public record SamlSettingsView(
    String entityId,
    String acsUrl,
    @JsonbNillable String sloUrl,
    String nameIdFormat,
    String nameIdAttribute,
    int assertionLifetimeSecs,
    boolean signAssertions,
    boolean signResponse,
    @JsonbNillable String spSigningCert,
    List<AttributeMapping> attributeMappings,
    String idpEntityId,
    String idpMetadataUrl,
    String idpSsoUrl,
    String idpSloUrl,
    Instant updatedAt) {

  public static SamlSettingsView of(SamlSettings settings, SamlEndpoints endpoints) {
    SamlSettingsValues v = settings.values();
    return new SamlSettingsView(
        v.entityId(), v.acsUrl(), v.sloUrl().orElse(null), v.nameIdFormat().wire(),
        v.nameIdAttribute(), v.assertionLifetimeSecs(), v.signAssertions(), v.signResponse(),
        v.spSigningCert().orElse(null), v.attributeMappings(),
        endpoints.entityId(settings.applicationId()), endpoints.metadata(settings.applicationId()),
        endpoints.sso(settings.applicationId()), endpoints.slo(settings.applicationId()),
        settings.updatedAt());
  }
}
