package dev.tollgate.auth.mfa;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.lockout.Limit;
import dev.tollgate.auth.lockout.Lockouts;
import dev.tollgate.settings.Settings;
import dev.tollgate.settings.SettingsSnapshot;
import dev.tollgate.shared.DomainException;
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
 * mfa_token ({@code mfa_max_attempts} attempts, then a lock of {@code mfa_lockout_minutes}), so
 * starting a new sign-in gains an attacker nothing. An answer takes an attempt before it is
 * checked, so racing answers cannot check more than the attempts that remain.
 */
@ApplicationScoped
class SecondStepLock {
  private static final String MESSAGE = "Too many wrong second-factor answers; try again later";

  @Inject Lockouts lockouts;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** 429 too_many_attempts (audited) while the user's second step is locked. */
  void refuseWhileLocked(UUID userId, MfaPurpose purpose, String method) {
    Optional<Instant> locked = lockouts.lockedUntil(subject(userId));
    if (locked.isPresent()) {
      throw refused(userId, purpose, method, locked.get());
    }
  }

  boolean isLocked(UUID userId) {
    return lockouts.lockedUntil(subject(userId)).isPresent();
  }

  /** An attempt to check one answer with; 429 (audited) when none is left. */
  Lockouts.Attempt take(UUID userId, MfaPurpose purpose, String method) {
    SettingsSnapshot config = settings.current();
    Limit limit = new Limit(config.mfaMaxAttempts(), Duration.ofMinutes(config.mfaLockoutMinutes()));
    return switch (lockouts.take(subject(userId), limit)) {
      case Lockouts.Claim.Granted granted -> granted.attempt();
      case Lockouts.Claim.Refused refused -> throw refused(userId, purpose, method, refused.until());
    };
  }

  Lockouts.Failure wrong(Lockouts.Attempt attempt) {
    return lockouts.wrong(attempt);
  }

  void right(Lockouts.Attempt attempt) {
    lockouts.right(attempt);
  }

  DomainException tooManyAttempts(Instant until) {
    return DomainException.tooManyAttempts(MESSAGE, until, time.now());
  }

  private DomainException refused(UUID userId, MfaPurpose purpose, String method, Instant until) {
    Map<String, Object> details = purpose.auditDetails(method);
    details.put("reason", "locked");
    audit.record(AuditType.MFA_FAILED, userId, details);
    return tooManyAttempts(until);
  }

  private static String subject(UUID userId) {
    return "mfa:" + userId;
  }
}
