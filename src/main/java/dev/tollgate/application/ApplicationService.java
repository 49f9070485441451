package dev.tollgate.application;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.mfa.policy.MfaPolicySetting;
import dev.tollgate.mfa.policy.ScriptedPolicy;
import dev.tollgate.mfa.policy.script.SelectorScripts;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Page;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Administrators register and configure applications; every change is audited. */
@ApplicationScoped
@Transactional
public class ApplicationService {
  @Inject ApplicationRepository applications;
  @Inject ClientCredentials credentials;
  @Inject SelectorScripts scripts;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** A new application and, for confidential clients, its secret: shown this once only. */
  public record Created(Application application, Optional<String> clientSecret) {
    @Override
    public String toString() {
      return "Created[" + application.id() + "]";
    }
  }

  public Created create(ApplicationCommands.CreateApplication cmd) {
    ApplicationType type = ApplicationRequests.type(cmd.type());
    List<String> uris = ApplicationRequests.redirectUris(cmd.redirectUris());
    ScriptedPolicy policy =
        checkedPolicy(
            ApplicationRequests.policySetting(cmd.mfaPolicy(), MfaPolicySetting.INHERITED),
            Optional.ofNullable(cmd.mfaSelectorScript()),
            Boolean.TRUE.equals(cmd.mfaScriptFailOpen()),
            cmd.mfaScriptTimeoutMs() == null ? ScriptedPolicy.DEFAULT_TIMEOUT_MS : cmd.mfaScriptTimeoutMs());
    Optional<ClientCredentials.Issued> secret =
        type.hasClientSecret() ? Optional.of(credentials.newSecret()) : Optional.empty();
    Application application =
        new Application(
            cmd.name().trim(), type, credentials.newClientId(),
            secret.map(ClientCredentials.Issued::hash).orElse(null), uris, policy, time.now());
    applications.add(application);
    audit.record(AuditType.APPLICATION_CREATED, null, ApplicationAudit.created(application));
    return new Created(application, secret.map(ClientCredentials.Issued::secret));
  }

  public Application get(UUID id) {
    return applications.findById(id).orElseThrow(() -> DomainException.notFound("Application"));
  }

  public Page<Application> list(String search, int page, int limit) {
    return new Page<>(
        applications.search(search, (page - 1) * limit, limit), applications.count(search), page, limit);
  }

  public Application update(UUID id, ApplicationCommands.UpdateApplication cmd) {
    Application application = get(id);
    if (cmd.type() != null && ApplicationRequests.type(cmd.type()) != application.type()) {
      throw ApplicationRequests.invalidField("type", "cannot be changed; create a new application");
    }
    ScriptedPolicy before = application.policy();
    ScriptedPolicy after =
        checkedPolicy(
            ApplicationRequests.policySetting(cmd.mfaPolicy(), before.setting()),
            cmd.mfaSelectorScript() == null ? before.script() : Optional.of(cmd.mfaSelectorScript()),
            cmd.mfaScriptFailOpen() == null ? before.failOpen() : cmd.mfaScriptFailOpen(),
            cmd.mfaScriptTimeoutMs() == null ? before.timeoutMs() : cmd.mfaScriptTimeoutMs());
    Instant now = time.now();
    Map<String, Object> changes = new LinkedHashMap<>();
    if (cmd.name() != null && !cmd.name().trim().equals(application.name())) {
      if (cmd.name().isBlank()) {
        throw ApplicationRequests.invalidField("name", "must not be blank");
      }
      changes.put("name", cmd.name().trim());
      application.rename(cmd.name().trim(), now);
    }
    if (cmd.redirectUris() != null) {
      List<String> uris = ApplicationRequests.redirectUris(cmd.redirectUris());
      if (!uris.equals(application.redirectUris())) {
        changes.put("redirect_uris", uris);
        application.changeRedirectUris(uris, now);
      }
    }
    changes.putAll(ApplicationAudit.policyChanges(before, after));
    if (!after.equals(before)) {
      application.changePolicy(after, now);
    }
    if (!changes.isEmpty()) {
      Map<String, Object> details = ApplicationAudit.identity(application);
      details.put("changes", changes);
      audit.record(AuditType.APPLICATION_UPDATED, null, details);
    }
    return application;
  }

  public void delete(UUID id) {
    Application application = get(id);
    applications.remove(application);
    audit.record(AuditType.APPLICATION_DELETED, null, ApplicationAudit.identity(application));
  }

  /** A script is compiled before it is stored: a syntax error is 400 invalid_script. */
  private ScriptedPolicy checkedPolicy(
      MfaPolicySetting setting, Optional<String> script, boolean failOpen, int timeoutMs) {
    ScriptedPolicy policy = new ScriptedPolicy(setting, script, failOpen, timeoutMs);
    policy.script().flatMap(scripts::syntaxError).ifPresent(error -> {
      throw new DomainException(ErrorCode.INVALID_SCRIPT, "mfa_selector_script does not compile: " + error)
          .withDetails(Map.of("error", error));
    });
    return policy;
  }
}
