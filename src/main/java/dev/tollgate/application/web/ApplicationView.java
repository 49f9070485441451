package dev.tollgate.application.web;

import dev.tollgate.application.Application;
import dev.tollgate.mfa.policy.ScriptedPolicy;
import dev.tollgate.saml.web.SamlSettingsView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application as the API shows it: never the client secret or its hash. */
public record ApplicationView(
    UUID id,
    String name,
    String type,
    String clientId,
    List<String> redirectUris,
    String mfaPolicy,
    @JsonbNillable String mfaSelectorScript,
    boolean mfaScriptFailOpen,
    int mfaScriptTimeoutMs,
    Instant createdAt,
    Instant updatedAt,
    SamlSettingsView saml) {

  public static ApplicationView of(Application a) {
    return of(a, null);
  }

  /** {@code saml}: the SAML settings of a configured SAML application, shown as {@code saml}. */
  public static ApplicationView of(Application a, SamlSettingsView saml) {
    ScriptedPolicy policy = a.policy();
    return new ApplicationView(
        a.id(), a.name(), a.type().wire(), a.clientId(), a.redirectUris(), policy.setting().wire(),
        policy.script().orElse(null), policy.failOpen(), policy.timeoutMs(), a.createdAt(),
        a.updatedAt(), saml);
  }
}
