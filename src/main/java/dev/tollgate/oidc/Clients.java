package dev.tollgate.oidc;

import dev.tollgate.application.Application;
import dev.tollgate.application.ApplicationRepository;
import dev.tollgate.application.ApplicationType;
import dev.tollgate.application.ClientCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The applications that may use OpenID Connect: confidential clients (type {@code oidc}, with a
 * secret) and public ones (type {@code spa}, PKCE instead of a secret). SAML applications are
 * not OIDC clients.
 */
@ApplicationScoped
public class Clients {
  private static final int MAX_CLIENT_ID_LENGTH = 128;

  @Inject ApplicationRepository applications;
  @Inject ClientCredentials credentials;

  public Optional<Application> find(String clientId) {
    if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID_LENGTH) {
      return Optional.empty();
    }
    return applications.findByClientId(clientId).filter(app -> app.type() != ApplicationType.SAML);
  }

  public Optional<Application> findById(UUID id) {
    return applications.findById(id).filter(app -> app.type() != ApplicationType.SAML);
  }

  /** Constant-time; only a confidential client has a secret to match. */
  boolean secretMatches(Application application, String secret) {
    return application.type() == ApplicationType.OIDC && credentials.secretMatches(application, secret);
  }

  static boolean isPublic(Application application) {
    return application.type() == ApplicationType.SPA;
  }
}
