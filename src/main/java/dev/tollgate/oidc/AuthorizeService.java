package dev.tollgate.oidc;

import dev.tollgate.application.Application;
import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.sso.SsoDecision;
import dev.tollgate.auth.sso.SsoGate;
import dev.tollgate.auth.sso.SsoRequest;
import dev.tollgate.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /oauth2/authorize} and its continuation. The browser's SSO session is judged by
 * {@link SsoGate}: a satisfied session gets a code at once; otherwise the request is kept
 * ({@link PendingAuthorizations}) and the user sent to the login page, whose success returns to
 * {@link #resume}, which asks the gate again (with "password newer than the request" when the
 * request demanded a fresh one). {@code prompt=none} never waits: login_required or
 * interaction_required. Every answer is audited (granted or denied).
 */
@ApplicationScoped
@Transactional
public class AuthorizeService {
  @Inject AuthorizeValidator validator;
  @Inject SsoGate gate;
  @Inject PendingAuthorizations pendings;
  @Inject AuthorizationCodes codes;
  @Inject Clients clients;
  @Inject AuditLog audit;
  @Inject SessionService sessions;

  public AuthorizeOutcome authorize(Map<String, List<String>> params, String sid, String device) {
    AuthorizeValidator.ClientRedirect client;
    try {
      client = validator.client(params);
    } catch (NoRedirect e) {
      return new AuthorizeOutcome.ErrorPage(e.getMessage());
    }
    AuthorizeRequest request;
    try {
      request = validator.request(client, params);
    } catch (OidcError e) {
      String state = AuthorizeValidator.single(params, "state").orElse(null);
      return deny(client.application(), client.redirectUri(), state, null, e);
    }
    SsoRequest sso =
        SsoRequest.of(sid, request.application().appPolicy(), device)
            .forcingLogin(request.promptLogin())
            .withMaxAge(request.maxAge());
    return answer(request, sso, Optional.empty());
  }

  /** The user is back from the login page with the handle of the pending request. */
  public AuthorizeOutcome resume(String handle, String sid, String device) {
    Optional<PendingAuthorization> found = pendings.findUsable(handle);
    Optional<Application> application = found.flatMap(p -> clients.findById(p.applicationId()));
    if (found.isEmpty() || application.isEmpty()) {
      return new AuthorizeOutcome.ErrorPage(
          "This sign-in request has expired or was already answered. Go back to the application and try again.");
    }
    PendingAuthorization pending = found.get();
    AuthorizeRequest request =
        new AuthorizeRequest(
            application.get(), pending.redirectUri(), pending.scope(), pending.state(),
            pending.nonce(), pending.codeChallenge(), false, false, null);
    SsoRequest sso = SsoRequest.of(sid, application.get().appPolicy(), device);
    sso = pending.passwordAfter().map(sso::requiringPasswordAfter).orElse(sso);
    return answer(request, sso, Optional.of(new Continuation(pending, handle)));
  }

  private record Continuation(PendingAuthorization pending, String handle) {}

  private AuthorizeOutcome answer(
      AuthorizeRequest request, SsoRequest sso, Optional<Continuation> continuation) {
    SsoDecision decision;
    try {
      decision = gate.decide(sso);
    } catch (DomainException refused) {
      UUID userId = sessions.findActive(sso.sessionToken()).map(SsoSession::userId).orElse(null);
      return deny(request.application(), request.redirectUri(), request.state(), userId,
          new OidcError(com.nimbusds.oauth2.sdk.OAuth2Error.ACCESS_DENIED, refused.getMessage(), refused.code().code()));
    }
    if (decision instanceof SsoDecision.Proceed proceed) {
      return continuation.map(c -> finish(request, proceed, c)).orElseGet(() -> grant(request, proceed));
    }
    if (request.promptNone()) {
      OidcError error =
          decision instanceof SsoDecision.SignIn
              ? AuthorizeValidator.loginRequired()
              : AuthorizeValidator.interactionRequired();
      return deny(request.application(), request.redirectUri(), request.state(), userOf(decision), error);
    }
    return waitForUser(request, decision, continuation);
  }

  /**
   * Keeps the request (a first visit) and sends the user to the login page; a re-verification
   * asked for the first time for this request is audited.
   */
  private AuthorizeOutcome waitForUser(
      AuthorizeRequest request, SsoDecision decision, Optional<Continuation> continuation) {
    boolean reverify =
        decision instanceof SsoDecision.SecondStepDue due
            && due.reason() == SsoDecision.SecondStepReason.REVERIFY;
    String handle;
    if (continuation.isEmpty()) {
      handle = pendings.save(request, request.demandsFreshPassword(), reverify).handle();
    } else {
      handle = continuation.get().handle();
      reverify = reverify && !continuation.get().pending().reverifyAsked();
      if (reverify) {
        continuation.get().pending().markReverifyAsked();
      }
    }
    if (reverify) {
      reverificationAsked(request.application(), (SsoDecision.SecondStepDue) decision);
    }
    return new AuthorizeOutcome.SignInNeeded(
        LoginRedirect.to(handle, request.application().clientId(), decision));
  }

  private AuthorizeOutcome finish(AuthorizeRequest request, SsoDecision.Proceed proceed, Continuation c) {
    if (!pendings.consume(c.pending().id())) {
      return new AuthorizeOutcome.ErrorPage("This sign-in request was already answered.");
    }
    if (c.pending().reverifyAsked()) {
      audit.record(AuditType.REVERIFICATION_PASSED, proceed.user().id(), where(request.application()));
    }
    return grant(request, proceed);
  }

  private AuthorizeOutcome grant(AuthorizeRequest request, SsoDecision.Proceed proceed) {
    Grant grant =
        new Grant(
            request.application().id(), proceed.user().id(), proceed.session().id(),
            request.scope(), proceed.authTime(), proceed.amr(), proceed.acr());
    String code = codes.issue(grant, request.redirectUri(), request.nonce(), request.codeChallenge());
    Map<String, Object> details = where(request.application());
    details.put("acr", proceed.acr());
    details.put("amr", proceed.amr());
    details.put("scope", request.scope());
    audit.record(AuditType.AUTHORIZATION_GRANTED, proceed.user().id(), details);
    return new AuthorizeOutcome.CodeIssued(request.redirectUri(), code, request.state());
  }

  private AuthorizeOutcome deny(
      Application application, String redirectUri, String state, UUID userId, OidcError error) {
    Map<String, Object> details = where(application);
    details.put("error", error.error().getCode());
    details.put("reason", error.reason());
    audit.record(AuditType.AUTHORIZATION_DENIED, userId, details);
    return new AuthorizeOutcome.Refused(redirectUri, error.error(), state);
  }

  private void reverificationAsked(Application application, SsoDecision.SecondStepDue due) {
    Map<String, Object> details = where(application);
    details.put("interval_minutes", due.reauthIntervalMinutes());
    audit.record(AuditType.REVERIFICATION_ASKED, due.user().id(), details);
  }

  private static UUID userOf(SsoDecision decision) {
    return switch (decision) {
      case SsoDecision.SecondStepDue d -> d.user().id();
      case SsoDecision.EnrollmentNeeded e -> e.user().id();
      case SsoDecision.Proceed p -> p.user().id();
      case SsoDecision.SignIn s -> null;
    };
  }

  private static Map<String, Object> where(Application application) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("client_id", application.clientId());
    details.put("application_id", application.id().toString());
    return details;
  }
}
