package dev.tollgate.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code GET /saml/{app_id}/metadata}: the IdP as this application's SP should know it; it
 * wants signed AuthnRequests when the SP's signing certificate is set.
 */
@ApplicationScoped
public class SamlMetadata {
  @Inject ServiceProviders providers;
  @Inject SamlEndpoints endpoints;
  @Inject SamlKeys keys;
  @Inject SamlSettingsService settings;

  public String of(String appId) {
    java.util.UUID id = providers.application(appId).id();
    boolean wantSigned =
        settings.find(id).flatMap(s -> s.values().spSigningCert()).isPresent();
    return MetadataWriter.write(
        endpoints.entityId(id), endpoints.sso(id), endpoints.slo(id), wantSigned, keys.current());
  }
}
