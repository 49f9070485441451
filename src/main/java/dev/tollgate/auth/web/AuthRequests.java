package dev.tollgate.auth.web;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.util.Map;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the sign-in endpoints. */
public final class AuthRequests {
  private AuthRequests() {}

  /** {@code username} is accepted in place of {@code email} (SPEC §4). */
  public record Login(
      @Size(max = 320) String email,
      @Size(max = 320) String username,
      @NotNull @Size(max = 1024) String password,
      @Size(max = 128) String clientId) {

    /** The email, or else the username; a 400 when neither is given. */
    public String identifier() {
      String identifier = email != null ? email : username;
      if (identifier == null || identifier.isBlank()) {
        throw new DomainException(ErrorCode.VALIDATION_FAILED, "email (or username) is required")
            .withDetails(Map.of("fields", Map.of("email", "is required")));
      }
      return identifier;
    }

    @Override
    public String toString() {
      return "Login[" + (email != null ? email : username) + "]";
    }
  }
}
