package dev.tollgate.user;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.lockout.Limit;
import dev.tollgate.auth.lockout.Lockouts;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Page;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Account administration and the caller's own password. */
@ApplicationScoped
@Transactional
public class UserService {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject TimeSource time;
  @Inject Event<UserEvent> events;
  @Inject Lockouts lockouts;
  @Inject Settings settings;

  public User create(UserCommands.CreateUser cmd) {
    String email = UserRepository.normalize(cmd.email());
    String username = cmd.username() == null ? email : UserRepository.normalize(cmd.username());
    passwords.checkPolicy(cmd.password());
    requireFree(email, username, null);
    User user =
        new User(
            email, username, trim(cmd.firstName()), trim(cmd.lastName()),
            passwords.hash(cmd.password()), Boolean.TRUE.equals(cmd.isAdmin()), time.now());
    users.add(user);
    audit.record(
        AuditType.USER_CREATED, user.id(), Map.of("email", email, "is_admin", user.isAdmin()));
    return user;
  }

  public User get(UUID id) {
    return users.findById(id).orElseThrow(() -> DomainException.notFound("User"));
  }

  public Page<User> list(String search, int page, int limit) {
    List<User> data = users.search(search, (page - 1) * limit, limit);
    return new Page<>(data, users.count(search), page, limit);
  }

  public User update(UUID id, UserCommands.UpdateUser cmd) {
    User user = get(id);
    Instant now = time.now();
    String email = cmd.email() == null ? null : UserRepository.normalize(cmd.email());
    String username = cmd.username() == null ? null : UserRepository.normalize(cmd.username());
    if (username == null && email != null && user.username().equals(user.email())) {
      username = email; // a username that was only the email follows it, or the old email still signs in
    }
    requireFree(email, username, id);
    boolean losesAdmin =
        (Boolean.FALSE.equals(cmd.isAdmin()) || Boolean.FALSE.equals(cmd.isActive()))
            && user.isAdmin()
            && user.isActive();
    if (losesAdmin) {
      requireAnotherActiveAdmin(user);
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    if (email != null && !email.equals(user.email())) {
      changes.put("email", email);
      user.changeEmail(email, now);
    }
    if (username != null && !username.equals(user.username())) {
      changes.put("username", username);
      user.changeUsername(username, now);
    }
    if (cmd.firstName() != null || cmd.lastName() != null) {
      String first = cmd.firstName() != null ? trim(cmd.firstName()) : user.firstName();
      String last = cmd.lastName() != null ? trim(cmd.lastName()) : user.lastName();
      if (!first.equals(user.firstName()) || !last.equals(user.lastName())) {
        changes.put("name", (first + " " + last).trim());
        user.rename(first, last, now);
      }
    }
    if (cmd.isAdmin() != null && cmd.isAdmin() != user.isAdmin()) {
      changes.put("is_admin", cmd.isAdmin());
      user.setAdmin(cmd.isAdmin(), now);
    }
    if (cmd.isActive() != null && cmd.isActive() != user.isActive()) {
      changes.put("is_active", cmd.isActive());
      user.setActive(cmd.isActive(), now);
      if (!cmd.isActive()) {
        events.fire(new UserEvent(UserEvent.Kind.DEACTIVATED, id, null));
      }
    }
    if (!changes.isEmpty()) {
      audit.record(AuditType.USER_UPDATED, id, Map.of("changes", changes));
    }
    return user;
  }

  public void delete(UUID id) {
    User user = get(id);
    if (user.isAdmin() && user.isActive()) {
      requireAnotherActiveAdmin(user);
    }
    events.fire(new UserEvent(UserEvent.Kind.DELETED, id, null));
    users.remove(user);
    audit.record(AuditType.USER_DELETED, id, Map.of("email", user.email()));
  }

  /**
   * The caller changes their own password; their other sessions end. Wrong current passwords
   * are counted like wrong sign-in passwords ({@code login_max_attempts}, then a lock of
   * {@code mfa_lockout_minutes}), so a stolen token cannot be used to guess the password.
   */
  public void changePassword(
      UUID userId, UserCommands.ChangePassword cmd, UUID currentSessionId) {
    User user = get(userId);
    String subject = "password-change:" + userId;
    SettingsSnapshot config = settings.current();
    Limit limit = new Limit(config.loginMaxAttempts(), Duration.ofMinutes(config.mfaLockoutMinutes()));
    Lockouts.Attempt attempt =
        switch (lockouts.take(subject, limit)) {
          case Lockouts.Claim.Granted granted -> granted.attempt();
          case Lockouts.Claim.Refused refused -> {
            audit.record(AuditType.PASSWORD_CHANGE_FAILED, userId, Map.of("reason", "locked"));
            throw tooManyAttempts(refused.until());
          }
        };
    if (!passwords.matches(user, cmd.currentPassword())) {
      Lockouts.Failure failure = lockouts.wrong(attempt);
      audit.record(AuditType.PASSWORD_CHANGE_FAILED, userId, Map.of("reason", "wrong_password"));
      if (failure.locked()) {
        throw tooManyAttempts(failure.lockedUntil().get());
      }
      throw new DomainException(ErrorCode.INVALID_CREDENTIALS, "The current password is wrong");
    }
    lockouts.right(attempt);
    passwords.checkPolicy(cmd.newPassword());
    user.changePasswordHash(passwords.hash(cmd.newPassword()), time.now(), true);
    events.fire(new UserEvent(UserEvent.Kind.PASSWORD_CHANGED, userId, currentSessionId));
    audit.record(AuditType.PASSWORD_CHANGED, userId, Map.of());
  }

  /**
   * An administrator resets the user's second factors: the factor modules, trusted devices,
   * open mfa_tokens and sessions react to the event ({@link UserEvent.Kind#MFA_RESET}).
   */
  public void resetMfa(UUID id) {
    get(id);
    events.fire(new UserEvent(UserEvent.Kind.MFA_RESET, id, null));
    audit.record(AuditType.MFA_RESET, id, Map.of());
  }

  private DomainException tooManyAttempts(Instant until) {
    return DomainException.tooManyAttempts("Too many wrong passwords; try again later", until, time.now());
  }

  private void requireFree(String email, String username, UUID exceptId) {
    if (email != null && users.emailTaken(email, exceptId)) {
      throw new DomainException(ErrorCode.EMAIL_TAKEN, "Another account uses this email");
    }
    if (username != null && !Objects.equals(username, email) && users.usernameTaken(username, exceptId)) {
      throw new DomainException(ErrorCode.USERNAME_TAKEN, "Another account uses this username");
    }
  }

  private void requireAnotherActiveAdmin(User user) {
    if (!users.anotherActiveAdminExists(user.id())) {
      throw new DomainException(
          ErrorCode.LAST_ADMIN, "This is the last active administrator; appoint another first");
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }
}
