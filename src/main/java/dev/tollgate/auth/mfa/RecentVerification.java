package dev.tollgate.auth.mfa;

import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.web.Caller;
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
 * The one check in front of every change to a user's factors (SPEC §9): a user who holds any
 * factor must have verified one on this session within {@link #WINDOW}, by signing in with it or
 * by step-up; otherwise 403 mfa_reauth_required. A user without a factor has nothing to verify
 * and passes. A trusted device never counts: only the session's {@code mfa_verified_at} does.
 */
@ApplicationScoped
public class RecentVerification {
  public static final Duration WINDOW = Duration.ofMinutes(10);

  @Inject SecondFactors factors;
  @Inject SessionService sessions;
  @Inject TimeSource time;

  public void require(Caller caller) {
    require(caller.userId(), caller.sessionId());
  }

  public void require(UUID userId, UUID sessionId) {
    if (!factors.anyEnrolled(userId)) {
      return;
    }
    Optional<Instant> verified =
        sessions.findActiveById(sessionId).flatMap(SsoSession::mfaVerifiedAt);
    if (verified.isEmpty() || verified.get().isBefore(time.now().minus(WINDOW))) {
      throw new DomainException(
              ErrorCode.MFA_REAUTH_REQUIRED,
              "Verify your second factor again (POST /api/v1/auth/step-up) to change your factors")
          .withDetails(Map.of("window_minutes", WINDOW.toMinutes()));
    }
  }
}
