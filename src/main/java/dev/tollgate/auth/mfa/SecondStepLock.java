package dev.tollgate.auth.mfa;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.lockout.Lockouts;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The guessing limit of a user's second step: one counter per user for every factor and every
 * mfa_token ({@code mfa_max_attempts} wrong answers lock it for {@code mfa_lockout_minutes}),
 * so starting a new sign-in gains an attacker nothing.
 */
@ApplicationScoped
class SecondStepLock {
  @Inject Lockouts lockouts;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** 429 too_many_attempts (audited) while the user's second step is locked. */
  void refuseWhileLocked(UUID userId, MfaPurpose purpose, String method) {
    Optional<Instant> locked = lockouts.lockedUntil(subject(userId));
    if (locked.isPresent()) {
      Map<String, Object> details = purpose.auditDetails(method);
      details.put("reason", "locked");
      audit.record(AuditType.MFA_FAILED, userId, details);
      throw tooManyAttempts(locked.get());
    }
  }

  /** Counts one wrong answer under the current settings. */
  Lockouts.Failure countWrongAnswer(UUID userId) {
    SettingsSnapshot config = settings.current();
    return lockouts.recordFailure(
        subject(userId), config.mfaMaxAttempts(), Duration.ofMinutes(config.mfaLockoutMinutes()));
  }

  void clear(UUID userId) {
    lockouts.reset(subject(userId));
  }

  DomainException tooManyAttempts(Instant until) {
    long seconds = Duration.between(time.now(), until).toSeconds() + 1;
    return new DomainException(
            ErrorCode.TOO_MANY_ATTEMPTS, "Too many wrong second-factor answers; try again later")
        .retryAfter(seconds);
  }

  private static String subject(UUID userId) {
    return "mfa:" + userId;
  }
}
