package dev.tollgate.auth.web;

import dev.tollgate.auth.session.SessionService;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Problem;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signature alone does not keep a portal token good: its session must still be open (not
 * signed out, not ended by a password change or reset) and its user active, with the role the
 * token claims. Runs after MicroProfile JWT has verified the token, before role checks.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class TokenSessionFilter implements ContainerRequestFilter {
  @Inject SessionService sessions;
  @Inject UserRepository users;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
      return;
    }
    Optional<UUID> userId = uuid(jwt.getSubject());
    Optional<UUID> sessionId = uuid(jwt.getClaim("sid"));
    boolean good =
        userId.isPresent()
            && sessionId.isPresent()
            && sessions
                .findActiveById(sessionId.get())
                .filter(s -> s.userId().equals(userId.get()))
                .isPresent()
            && users.findById(userId.get()).filter(u -> matches(u, jwt)).isPresent();
    if (!good) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(
                          401,
                          ErrorCode.TOKEN_REVOKED.code(),
                          "This token is no longer valid; sign in again",
                          Map.of())
                      .toResponse())
              .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
              .build());
      return;
    }
    RequestOrigin.identifyCaller(userId.get());
  }

  private static boolean matches(User user, JsonWebToken jwt) {
    boolean claimsAdmin = jwt.getGroups() != null && jwt.getGroups().contains("admin");
    return user.isActive() && (!claimsAdmin || user.isAdmin());
  }

  private static Optional<UUID> uuid(Object value) {
    try {
      return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
