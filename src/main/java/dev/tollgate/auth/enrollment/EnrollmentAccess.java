package dev.tollgate.auth.enrollment;

import dev.tollgate.mfa.FactorCatalogue;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * Where an enrollment token is accepted as a bearer token (docs/architecture.md, "Policy and
 * enforced enrollment"): the enrollment endpoints each factor declares
 * ({@code FactorDeclaration.enrollmentPaths}: TOTP enroll and confirm, passkey register begin
 * and finish), and nowhere else. {@code PortalTokenMechanism} lets a
 * request to one of them through as a caller in role {@link #ROLE} when its bearer token is a
 * usable enrollment token; those endpoints allow that role beside {@code user} and read the
 * token with {@link #token}. Every other endpoint answers such a token 401, as any bad bearer
 * token.
 */
public final class EnrollmentAccess {
  public static final String ROLE = "enrollment";
  private static final String BEARER = "Bearer ";

  private EnrollmentAccess() {}

  /** Whether a request (path without the context root) may carry an enrollment token. */
  public static boolean accepts(String method, String path, FactorCatalogue factors) {
    return "POST".equals(method) && factors.enrollmentPaths().contains(path);
  }

  /** The enrollment token of a caller authenticated by one; empty for a signed-in user. */
  public static Optional<String> token(SecurityContext security, String authorization) {
    if (!security.isUserInRole(ROLE)
        || authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).trim());
  }
}
