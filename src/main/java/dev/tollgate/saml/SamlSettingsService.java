package dev.tollgate.saml;

import dev.tollgate.application.Application;
import dev.tollgate.application.ApplicationService;
import dev.tollgate.application.ApplicationType;
import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Administrators set an application's SAML settings; each change is audited. */
@ApplicationScoped
@Transactional
public class SamlSettingsService {
  @PersistenceContext EntityManager em;
  @Inject ApplicationService applications;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  public SamlSettings put(UUID applicationId, SamlSettingsCommand cmd) {
    Application application = applications.get(applicationId);
    if (application.type() != ApplicationType.SAML) {
      throw SamlSettingsRules.invalid("type", "must be saml: only SAML applications have SAML settings");
    }
    SamlSettingsValues values = SamlSettingsRules.check(cmd);
    SamlSettings settings = em.find(SamlSettings.class, applicationId);
    if (settings == null) {
      settings = new SamlSettings(applicationId);
      settings.apply(values, time.now());
      em.persist(settings);
    } else {
      settings.apply(values, time.now());
    }
    audit.record(AuditType.APPLICATION_UPDATED, null, details(application, values));
    return settings;
  }

  /** The settings of a SAML application; 404 when there is no such application or none are set. */
  public SamlSettings get(UUID applicationId) {
    applications.get(applicationId);
    return find(applicationId).orElseThrow(() -> DomainException.notFound("SAML settings"));
  }

  public Optional<SamlSettings> find(UUID applicationId) {
    return Optional.ofNullable(em.find(SamlSettings.class, applicationId));
  }

  public Map<UUID, SamlSettings> findAll(Collection<UUID> applicationIds) {
    if (applicationIds.isEmpty()) {
      return Map.of();
    }
    List<SamlSettings> found =
        em.createQuery("select s from SamlSettings s where s.applicationId in :ids", SamlSettings.class)
            .setParameter("ids", applicationIds)
            .getResultList();
    return found.stream().collect(Collectors.toMap(SamlSettings::applicationId, Function.identity()));
  }

  private static Map<String, Object> details(Application application, SamlSettingsValues values) {
    Map<String, Object> saml = new LinkedHashMap<>();
    saml.put("entity_id", values.entityId());
    saml.put("acs_url", values.acsUrl());
    saml.put("slo_url", values.sloUrl().orElse("none"));
    saml.put("name_id_format", values.nameIdFormat().wire());
    saml.put("name_id_attribute", values.nameIdAttribute());
    saml.put("assertion_lifetime_secs", values.assertionLifetimeSecs());
    saml.put("sign_assertions", values.signAssertions());
    saml.put("sign_response", values.signResponse());
    saml.put("sp_signing_cert", values.spSigningCert().isPresent() ? "set" : "none");
    saml.put("attribute_mappings", values.attributeMappings().size());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application_id", application.id().toString());
    details.put("client_id", application.clientId());
    details.put("name", application.name());
    details.put("changes", Map.of("saml", saml));
    return details;
  }
}
