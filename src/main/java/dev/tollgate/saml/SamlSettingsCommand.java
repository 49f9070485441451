package dev.tollgate.saml;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code PUT /api/v1/applications/{id}/saml}: the whole settings (absent optional
 * keys take their defaults). Checked in detail by {@link SamlSettingsRules}.
 */
public record SamlSettingsCommand(
    String entityId,
    String acsUrl,
    String sloUrl,
    String nameIdFormat,
    String nameIdAttribute,
    Integer assertionLifetimeSecs,
    Boolean signAssertions,
    Boolean signResponse,
    @Size(max = 8000) String spSigningCert,
    @Valid @Size(max = SamlSettingsRules.MAX_MAPPINGS) List<AttributeMapping> attributeMappings) {}
