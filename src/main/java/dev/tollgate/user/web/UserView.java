package dev.tollgate.user.web;

import dev.tollgate.user.User;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it: never a password or its hash. */
public record UserView(
    UUID id,
    String email,
    String username,
    String firstName,
    String lastName,
    boolean isAdmin,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  public static UserView of(User u) {
    return new UserView(
        u.id(), u.email(), u.username(), u.firstName(), u.lastName(), u.isAdmin(), u.isActive(),
        u.createdAt(), u.updatedAt());
  }
}
