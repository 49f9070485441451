package dev.tollgate.saml;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.saml.ServiceProviders.ServiceProvider;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.security.cert.X509Certificate;

/**
 * {@code POST /saml/{app_id}/slo} (HTTP-POST binding): a LogoutRequest from the SP ends the
 * browser's SSO session when it names the session's user, and is answered with a signed
 * LogoutResponse to the SP's {@code slo_url} (or a plain page when it has none). An SP with
 * {@code sp_signing_cert} must sign its LogoutRequest.
 */
@ApplicationScoped
@Transactional
public class SamlLogout {
  @Inject ServiceProviders providers;
  @Inject SamlEndpoints endpoints;
  @Inject SessionService sessions;
  @Inject UserRepository users;
  @Inject SamlKeys keys;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  public SamlOutcome logout(
      String appId, String samlRequest, Optional<String> relayState, BrowserCookies cookies) {
    ServiceProvider sp = providers.find(appId);
    Instant now = time.now();
    LogoutRequestMessage request;
    try {
      request = LogoutRequestMessage.of(SafeXml.parse(SafeXml.base64(samlRequest)));
      check(sp, request, now);
    } catch (SamlException refused) {
      audit.record(AuditType.SAML_REQUEST_REFUSED, null, SamlSso.refusal(sp, refused.code(), refused.getMessage()));
      throw refused;
    }
    sessionsToEnd(sp, request, cookies).forEach(session -> {
      sessions.end(session.id());
      audit.record(AuditType.LOGOUT, session.userId(),
          Map.of("via", "saml", "client_id", sp.application().clientId()));
    });
    if (sp.settings().sloUrl().isEmpty()) {
      return new SamlOutcome.Page("Signed out", "You are signed out of Tollgate.");
    }
    String xml = LogoutResponseWriter.write(
        endpoints.entityId(sp.id()), sp.settings().sloUrl().get(), request.id(), now, keys.current());
    return new SamlOutcome.Post(
        sp.settings().sloUrl().get(), "SAMLResponse", SafeXml.base64Of(xml),
        relayState.filter(r -> !r.isEmpty() && r.length() <= SamlSso.MAX_RELAY_STATE));
  }

  private void check(ServiceProvider sp, LogoutRequestMessage request, Instant now) {
    if (!request.issuer().equals(sp.settings().entityId())) {
      throw SamlException.badRequest(
          "unknown_service_provider", "The request's Issuer is not this application's SP entity ID");
    }
    if (request.destination().filter(d -> !d.equals(endpoints.slo(sp.id()))).isPresent()) {
      throw SamlException.badRequest("wrong_destination", "The request was addressed to another endpoint");
    }
    if (request.issueInstant().isBefore(now.minus(AuthnRequestCheck.MAX_AGE))
        || request.issueInstant().isAfter(now.plus(AuthnRequestCheck.MAX_AGE))) {
      throw SamlException.badRequest("request_expired", "The request is too old (or from the future)");
    }
    Optional<X509Certificate> cert = sp.settings().spCertificate();
    if (cert.isPresent()) {
      XmlSignatures.verify(request.root(), cert.get());
    }
  }

  /**
   * The sessions the SessionIndex values name (a cross-site POST carries no SameSite=Lax
   * {@code idp_sid}, so the SP's SessionIndex is how the session is found), and the browser's
   * own session when its cookie came along; only those of the user the NameID names.
   */
  private List<SsoSession> sessionsToEnd(
      ServiceProvider sp, LogoutRequestMessage request, BrowserCookies cookies) {
    Map<UUID, SsoSession> found = new LinkedHashMap<>();
    if (request.nameId().isPresent()) {
      request.sessionIndexes().stream()
          .map(SamlResponses::sessionId)
          .flatMap(Optional::stream)
          .map(sessions::findActiveById)
          .flatMap(Optional::stream)
          .forEach(s -> found.put(s.id(), s));
    }
    sessions.findActive(cookies.session()).ifPresent(s -> found.put(s.id(), s));
    return found.values().stream().filter(s -> namesUser(sp, request, s)).toList();
  }

  /** Only the session of the user the SP names is ended (no NameID: the browser's session). */
  private boolean namesUser(ServiceProvider sp, LogoutRequestMessage request, SsoSession session) {
    return request.nameId().isEmpty()
        || users.findById(session.userId())
            .map(user -> UserValues.nameId(user, sp.settings().nameIdAttribute()))
            .filter(value -> value.equals(request.nameId().get()))
            .isPresent();
  }
}
