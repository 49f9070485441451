package dev.tollgate.saml;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.sso.SsoDecision;
import dev.tollgate.saml.ServiceProviders.ServiceProvider;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers a pending request whose user may proceed: the signed Response for the SP's ACS, the
 * request closed (a continuation answers once), and the audit event. The AuthnContext class is
 * the REFEDS MFA profile when the session verified a second factor, PasswordProtectedTransport
 * otherwise (a trusted device that stood in for the factor is not MFA).
 */
@ApplicationScoped
public class SamlResponses {
  @Inject SamlKeys keys;
  @Inject SamlEndpoints endpoints;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** The SessionIndex names the SSO session (its id, not its cookie value) so SLO can end it. */
  static String sessionIndex(UUID sessionId) {
    return "_" + sessionId.toString().replace("-", "");
  }

  static Optional<UUID> sessionId(String sessionIndex) {
    if (sessionIndex == null || !sessionIndex.matches("_[0-9a-f]{32}")) {
      return Optional.empty();
    }
    String hex = sessionIndex.substring(1);
    return Optional.of(UUID.fromString(hex.replaceFirst(
        "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{12})", "$1-$2-$3-$4-$5")));
  }

  /** An IsPassive request that would need the user: NoPassive, to the verified ACS. */
  public SamlOutcome noPassive(ServiceProvider sp, SamlRequestRow row) {
    Instant now = time.now();
    String xml = ResponseWriter.writeStatus(
        endpoints.entityId(sp.id()), sp.settings().acsUrl(), row.requestId().orElseThrow(),
        SamlNames.STATUS_NO_PASSIVE, now, keys.current());
    row.complete(now);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application_id", sp.id().toString());
    details.put("client_id", sp.application().clientId());
    details.put("code", "no_passive");
    details.put("reason", "IsPassive, but the user must sign in or verify a factor");
    audit.record(AuditType.SAML_RESPONSE_DENIED, null, details);
    return new SamlOutcome.Post(sp.settings().acsUrl(), "SAMLResponse", SafeXml.base64Of(xml), row.relayState());
  }

  public SamlOutcome issue(ServiceProvider sp, SamlRequestRow row, SsoDecision.Proceed proceed) {
    Instant now = time.now();
    SamlSettingsValues settings = sp.settings();
    User user = proceed.user();
    String context = proceed.amr().contains("mfa") ? SamlNames.AC_MFA : SamlNames.AC_PASSWORD;
    AssertionContent content =
        new AssertionContent(
            endpoints.entityId(sp.id()), settings.acsUrl(), settings.entityId(), row.requestId(),
            settings.nameIdFormat(), UserValues.nameId(user, settings.nameIdAttribute()),
            proceed.authTime(), sessionIndex(proceed.session().id()), context,
            UserValues.attributes(user, settings.attributeMappings()), now,
            settings.assertionLifetimeSecs(), settings.signAssertions(), settings.signResponse());
    String xml = ResponseWriter.write(content, keys.current());
    row.complete(now);
    if (row.reverifyAsked()) {
      audit.record(AuditType.REVERIFICATION_PASSED, user.id(), Map.of("client_id", sp.application().clientId()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application_id", sp.id().toString());
    details.put("client_id", sp.application().clientId());
    details.put("in_response_to", row.requestId().orElse("none (idp-initiated)"));
    details.put("authn_context", context);
    details.put("amr", List.copyOf(proceed.amr()));
    audit.record(AuditType.SAML_RESPONSE_ISSUED, user.id(), details);
    return new SamlOutcome.Post(settings.acsUrl(), "SAMLResponse", SafeXml.base64Of(xml), row.relayState());
  }
}
