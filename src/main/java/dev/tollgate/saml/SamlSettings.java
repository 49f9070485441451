package dev.tollgate.saml;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SAML settings of one application of type saml (the JustIAM keys). */
@Entity
@Table(name = "saml_settings")
public class SamlSettings {
  @Id
  @Column(name = "application_id")
  private UUID applicationId;

  @Column(name = "entity_id", nullable = false)
  private String entityId;

  @Column(name = "acs_url", nullable = false)
  private String acsUrl;

  @Column(name = "slo_url")
  private String sloUrl;

  @Column(name = "name_id_format", nullable = false)
  private String nameIdFormat;

  @Column(name = "name_id_attribute", nullable = false)
  private String nameIdAttribute;

  @Column(name = "assertion_lifetime_secs", nullable = false)
  private int assertionLifetimeSecs;

  @Column(name = "sign_assertions", nullable = false)
  private boolean signAssertions;

  @Column(name = "sign_response", nullable = false)
  private boolean signResponse;

  @Column(name = "sp_signing_cert")
  private String spSigningCert;

  @Convert(converter = AttributeMappingsColumn.class)
  @Column(name = "attribute_mappings", nullable = false)
  private List<AttributeMapping> attributeMappings;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SamlSettings() {}

  SamlSettings(UUID applicationId) {
    this.applicationId = applicationId;
  }

  void apply(SamlSettingsValues values, Instant now) {
    this.entityId = values.entityId();
    this.acsUrl = values.acsUrl();
    this.sloUrl = values.sloUrl().orElse(null);
    this.nameIdFormat = values.nameIdFormat().wire();
    this.nameIdAttribute = values.nameIdAttribute();
    this.assertionLifetimeSecs = values.assertionLifetimeSecs();
    this.signAssertions = values.signAssertions();
    this.signResponse = values.signResponse();
    this.spSigningCert = values.spSigningCert().orElse(null);
    this.attributeMappings = List.copyOf(values.attributeMappings());
    this.updatedAt = now;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public SamlSettingsValues values() {
    return new SamlSettingsValues(
        entityId, acsUrl, Optional.ofNullable(sloUrl),
        NameIdFormat.parse(nameIdFormat).orElse(NameIdFormat.UNSPECIFIED), nameIdAttribute,
        assertionLifetimeSecs, signAssertions, signResponse, Optional.ofNullable(spSigningCert),
        attributeMappings);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
