package dev.tollgate.auth.web;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user behind the current API request, read from the verified portal token. */
@RequestScoped
public class Caller {
  @Inject JsonWebToken jwt;

  public UUID userId() {
    return parse(jwt.getSubject());
  }

  public UUID sessionId() {
    return parse(jwt.getClaim("sid"));
  }

  public boolean isAdmin() {
    return jwt.getGroups() != null && jwt.getGroups().contains("admin");
  }

  private static UUID parse(Object value) {
    try {
      return UUID.fromString(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorCode.UNAUTHORIZED, "Authentication is required");
    }
  }
}
