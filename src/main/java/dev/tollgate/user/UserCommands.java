package dev.tollgate.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the user API, validated before any service sees them. */
public final class UserCommands {
  private UserCommands() {}

  public record CreateUser(
      @NotBlank @Email @Size(max = 320) String email,
      @Size(min = 1, max = 320) String username,
      @NotNull @Size(max = Passwords.MAX_LENGTH) String password,
      @Size(max = 100) String firstName,
      @Size(max = 100) String lastName,
      Boolean isAdmin) {}

  /** Only the fields present change. */
  public record UpdateUser(
      @Email @Size(min = 3, max = 320) String email,
      @Size(min = 1, max = 320) String username,
      @Size(max = 100) String firstName,
      @Size(max = 100) String lastName,
      Boolean isActive,
      Boolean isAdmin) {}

  public record ChangePassword(
      @NotNull @Size(max = Passwords.MAX_LENGTH) String currentPassword,
      @NotNull @Size(max = Passwords.MAX_LENGTH) String newPassword) {}
}
