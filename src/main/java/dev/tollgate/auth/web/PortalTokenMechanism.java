package dev.tollgate.auth.web;

import dev.tollgate.auth.enrollment.EnrollmentAccess;
import dev.tollgate.auth.enrollment.EnrollmentTokens;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import dev.tollgate.shared.web.JsonbConfiguration;
import dev.tollgate.shared.web.SecurityHeadersFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the portal token from {@code Authorization: Bearer} or, failing that, from the
 * {@code idp_token} cookie (SPEC §3), and has MicroProfile JWT verify it.
 *
 * <p>Payara's own MP-JWT mechanism reads either the header or a cookie, never both, so this
 * alternative replaces it and hands the token to Payara's MP-JWT identity store (signature,
 * issuer, audience, expiry). A bad token in the header is a 401 problem; a bad or stale cookie
 * is ignored, so a browser with an old cookie can still reach the public endpoints and sign in.
 * At the enrollment endpoints the factors declare, a usable enrollment token is also accepted,
 * as a caller in role {@code enrollment} only ({@link EnrollmentAccess}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalTokenMechanism implements HttpAuthenticationMechanism {
  private static final String BEARER = "Bearer ";
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final Constructor<? extends Credential> MP_JWT_CREDENTIAL = mpJwtCredential();

  @Inject IdentityStoreHandler identityStores;
  @Inject EnrollmentTokens enrollmentTokens;
  @Inject FactorCatalogue factors;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/")) {
      return context.doNothing(); // OIDC endpoints read their own credentials (access tokens, client secrets)
    }
    String header = request.getHeader("Authorization");
    if (header != null) {
      if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        return context.doNothing();
      }
      String token = header.substring(BEARER.length()).trim();
      Optional<CredentialValidationResult> valid = verify(token);
      if (valid.isPresent()) {
        return login(context, valid.get());
      }
      return isEnrollmentToken(request, token)
          ? context.notifyContainerAboutLogin(
              new CallerPrincipal(EnrollmentAccess.ROLE), Set.of(EnrollmentAccess.ROLE))
          : refuse(response);
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return context.doNothing();
    }
    return cookie(request)
        .flatMap(this::verify)
        .map(result -> login(context, result))
        .orElseGet(context::doNothing);
  }

  /** An enrollment token counts only at the enrollment endpoints (SPEC §4). */
  private boolean isEnrollmentToken(HttpServletRequest request, String token) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return EnrollmentAccess.accepts(request.getMethod(), path, factors)
        && enrollmentTokens.findUsable(token).isPresent();
  }

  private Optional<CredentialValidationResult> verify(String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    CredentialValidationResult result = identityStores.validate(credential(token));
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? Optional.of(result)
        : Optional.empty();
  }

  private static AuthenticationStatus login(
      HttpMessageContext context, CredentialValidationResult result) {
    return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
  }

  private static AuthenticationStatus refuse(HttpServletResponse response) {
    Problem problem =
        Problem.of(401, ErrorCode.UNAUTHORIZED.code(), "The bearer token is not valid", Map.of());
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JsonbConfiguration.jsonb().toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      // the client is gone; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (AuthCookies.TOKEN.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private static Credential credential(String token) {
    try {
      return MP_JWT_CREDENTIAL.newInstance(token);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build an MP-JWT credential", e);
    }
  }

  /** Payara's MP-JWT credential type: not public API, so it is looked up once and checked here. */
  @SuppressWarnings("unchecked")
  private static Constructor<? extends Credential> mpJwtCredential() {
    try {
      Class<?> type =
          Class.forName("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential");
      return (Constructor<? extends Credential>) type.getConstructor(String.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Payara's MicroProfile JWT module is missing (SignedJWTCredential not found)", e);
    }
  }
}
