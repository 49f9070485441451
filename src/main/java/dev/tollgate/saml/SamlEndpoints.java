package dev.tollgate.saml;

import dev.tollgate.shared.config.DeploymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The IdP's URLs for one application. Each SAML application sees Tollgate as its own IdP whose
 * entity ID is its metadata URL (as authentik and many SaaS IdPs do), so an SP never accepts an
 * assertion that was issued for another application's IdP identity.
 */
@ApplicationScoped
public class SamlEndpoints {
  @Inject DeploymentConfig config;

  public String base(UUID applicationId) {
    return config.issuer() + "/saml/" + applicationId;
  }

  public String entityId(UUID applicationId) {
    return metadata(applicationId);
  }

  public String metadata(UUID applicationId) {
    return base(applicationId) + "/metadata";
  }

  public String sso(UUID applicationId) {
    return base(applicationId) + "/sso";
  }

  public String slo(UUID applicationId) {
    return base(applicationId) + "/slo";
  }

  public String issuer() {
    return config.issuer();
  }
}
