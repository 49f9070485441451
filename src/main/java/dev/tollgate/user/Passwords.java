package dev.tollgate.user;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Password hashing, checking and policy. An unknown account still costs one full Argon2id
 * verification (against a dummy hash), so the answer time tells nothing about who exists.
 */
@ApplicationScoped
public class Passwords {
  public static final int MAX_LENGTH = 256;

  private final PasswordHasher hasher = new PasswordHasher(Argon2Parameters.OWASP);
  private final String dummyHash = hasher.hash("tollgate-dummy-password-for-timing");

  @Inject Settings settings;
  @Inject TimeSource time;
  @Inject AuditLog audit;

  public String hash(String password) {
    return hasher.hash(password);
  }

  public boolean matches(User user, String password) {
    return hasher.verify(password, user.passwordHash());
  }

  /** After a successful check: re-hash under the current parameters when the stored ones lag. */
  public void upgradeHashIfNeeded(User user, String password) {
    if (hasher.needsRehash(user.passwordHash())) {
      user.changePasswordHash(hasher.hash(password), time.now(), false);
      audit.record(AuditType.PASSWORD_REHASHED, user.id(), Map.of());
    }
  }

  /** Same work as {@link #matches} for a login identifier that belongs to nobody. */
  public void spendVerificationTime(String password) {
    hasher.verify(password, dummyHash);
  }

  public PasswordPolicy policy() {
    return new PasswordPolicy(settings.current().passwordMinLength(), MAX_LENGTH);
  }

  public void checkPolicy(String password) {
    PasswordPolicy policy = policy();
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < policy.minLength() || length > policy.maxLength() || password.isBlank()) {
      throw new DomainException(
              ErrorCode.WEAK_PASSWORD,
              "The password must be %d to %d characters long"
                  .formatted(policy.minLength(), policy.maxLength()))
          .withDetails(Map.of("min_length", policy.minLength(), "max_length", policy.maxLength()));
    }
  }

  public record PasswordPolicy(int minLength, int maxLength) {}
}
