package dev.tollgate.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code GET /saml/{app_id}/metadata}: the IdP as this application's SP should know it. */
@ApplicationScoped
public class SamlMetadata {
  @Inject ServiceProviders providers;
  @Inject SamlEndpoints endpoints;
  @Inject SamlKeys keys;

  public String of(String appId) {
    java.util.UUID id = providers.application(appId).id();
    return MetadataWriter.write(
        endpoints.entityId(id), endpoints.sso(id), endpoints.slo(id), keys.current());
  }
}
