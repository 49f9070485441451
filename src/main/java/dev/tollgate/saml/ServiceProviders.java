package dev.tollgate.saml;

import dev.tollgate.application.Application;
import dev.tollgate.application.ApplicationRepository;
import dev.tollgate.application.ApplicationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Finds the SAML service provider an endpoint path names: a SAML application with settings. */
@ApplicationScoped
public class ServiceProviders {
  @Inject ApplicationRepository applications;
  @Inject SamlSettingsService settings;

  /** A registered SP, its application and its settings. */
  public record ServiceProvider(Application application, SamlSettingsValues settings) {
    public UUID id() {
      return application.id();
    }
  }

  public ServiceProvider find(String appId) {
    Application application = application(appId);
    SamlSettings found =
        settings.find(application.id()).orElseThrow(SamlException::unknownServiceProvider);
    return new ServiceProvider(application, found.values());
  }

  /** A SAML application, configured or not (its IdP metadata is needed to configure the SP). */
  public Application application(String appId) {
    UUID id;
    try {
      id = UUID.fromString(appId);
    } catch (IllegalArgumentException e) {
      throw SamlException.unknownServiceProvider();
    }
    return applications.findById(id)
        .filter(a -> a.type() == ApplicationType.SAML)
        .orElseThrow(SamlException::unknownServiceProvider);
  }
}
