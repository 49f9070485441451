package dev.tollgate.saml;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.sso.SsoDecision;
import dev.tollgate.auth.sso.SsoGate;
import dev.tollgate.auth.sso.SsoRequest;
import dev.tollgate.saml.ServiceProviders.ServiceProvider;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SAML sign-in flow: an AuthnRequest (or a launch) becomes a pending request, then the
 * shared SSO decision ({@link SsoGate}, the same one OIDC asks) says whether to answer now or
 * send the user to the login page, which comes back to {@link #resume}. Refusals are audited.
 */
@ApplicationScoped
@Transactional
public class SamlSso {
  static final int MAX_RELAY_STATE = 1024;

  @Inject ServiceProviders providers;
  @Inject SamlRequests requests;
  @Inject SamlEndpoints endpoints;
  @Inject SsoGate gate;
  @Inject SamlResponses responses;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** {@code GET /saml/{app_id}/sso}: the HTTP-Redirect binding; {@code rawQuery} as received. */
  public SamlOutcome start(String appId, String rawQuery, BrowserCookies cookies) {
    ServiceProvider sp = providers.find(appId);
    SamlRequestRow row;
    boolean passive;
    try {
      RedirectBinding binding = RedirectBinding.parse(rawQuery);
      Optional<java.security.cert.X509Certificate> cert = sp.settings().spCertificate();
      if (cert.isPresent()) {
        binding.verifySignature(cert.get());
      }
      AuthnRequestMessage request = AuthnRequestMessage.of(SafeXml.parse(binding.samlRequestXml()));
      AuthnRequestCheck.check(request, sp.settings(), endpoints.sso(sp.id()), time.now());
      if (requests.seen(sp.id(), request.id())) {
        throw SamlException.badRequest("request_replayed", "This AuthnRequest was already used");
      }
      row = requests.open(sp.id(), Optional.of(request.id()), relayState(binding.get("RelayState")),
          request.forceAuthn());
      passive = request.passive();
    } catch (SamlException refused) {
      audit.record(AuditType.SAML_REQUEST_REFUSED, null, refusal(sp, refused.code(), refused.getMessage()));
      throw refused;
    }
    return decide(sp, row, cookies, true, passive);
  }

  /** {@code GET /saml/{app_id}/launch}: IdP-initiated, answered without InResponseTo. */
  public SamlOutcome launch(String appId, Optional<String> relayState, BrowserCookies cookies) {
    ServiceProvider sp = providers.find(appId);
    SamlRequestRow row = requests.open(sp.id(), Optional.empty(), relayState(relayState), false);
    return decide(sp, row, cookies, true, false);
  }

  /** The continuation the login page returns to. */
  public SamlOutcome resume(String appId, String requestHandle, BrowserCookies cookies) {
    ServiceProvider sp = providers.find(appId);
    SamlRequestRow row =
        parse(requestHandle)
            .flatMap(id -> requests.findOpen(sp.id(), id))
            .orElseThrow(() -> SamlException.badRequest(
                "unknown_request", "This sign-in request is unknown, used or expired; start again from the application"));
    return decide(sp, row, cookies, false, false);
  }

  private SamlOutcome decide(
      ServiceProvider sp, SamlRequestRow row, BrowserCookies cookies, boolean firstPass,
      boolean passive) {
    SsoRequest request = SsoRequest.of(cookies.session(), sp.application().appPolicy(), cookies.device());
    if (row.forceAuthn()) {
      request = firstPass ? request.forcingLogin(true) : request.requiringPasswordAfter(row.createdAt());
    }
    SsoDecision decision;
    try {
      decision = gate.decide(request);
    } catch (DomainException refused) {
      row.complete(time.now());
      audit.record(AuditType.SAML_RESPONSE_DENIED, null,
          refusal(sp, refused.code().code(), refused.getMessage()));
      throw refused;
    }
    if (passive && !(decision instanceof SsoDecision.Proceed)) {
      return responses.noPassive(sp, row);
    }
    return switch (decision) {
      case SsoDecision.Proceed proceed -> responses.issue(sp, row, proceed);
      case SsoDecision.SignIn signIn ->
          toLogin(sp, row, signIn.reason() == SsoDecision.SignInReason.NO_SESSION ? null : "login");
      case SsoDecision.SecondStepDue due -> {
        if (due.reason() == SsoDecision.SecondStepReason.REVERIFY && !row.reverifyAsked()) {
          row.askedToReverify();
          audit.record(AuditType.REVERIFICATION_ASKED, due.user().id(),
              Map.of("client_id", sp.application().clientId(), "interval_minutes", due.reauthIntervalMinutes()));
        }
        yield toLogin(sp, row, "mfa");
      }
      // With a valid session and no prompt the login page would send the user straight back:
      // a fresh sign-in is what runs the enrollment.
      case SsoDecision.EnrollmentNeeded needed -> toLogin(sp, row, "login");
    };
  }

  private SamlOutcome toLogin(ServiceProvider sp, SamlRequestRow row, String prompt) {
    String back = "/saml/" + sp.id() + "/continue?request=" + row.id();
    return new SamlOutcome.Redirect(
        "/login?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
            + "&client_id=" + URLEncoder.encode(sp.application().clientId(), StandardCharsets.UTF_8)
            + (prompt == null ? "" : "&prompt=" + prompt));
  }

  private static Optional<String> relayState(Optional<String> relayState) {
    if (relayState.filter(r -> r.length() > MAX_RELAY_STATE).isPresent()) {
      throw SamlException.malformed("RelayState is too long");
    }
    return relayState.filter(r -> !r.isEmpty());
  }

  private static Optional<UUID> parse(String handle) {
    try {
      return Optional.of(UUID.fromString(handle));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Map<String, Object> refusal(ServiceProvider sp, String code, String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application_id", sp.id().toString());
    details.put("client_id", sp.application().clientId());
    details.put("code", code);
    details.put("reason", reason);
    return details;
  }
}
