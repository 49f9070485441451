package dev.tollgate.ops;

import dev.tollgate.settings.Settings;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes the rows of flows that can no longer be used: SSO sessions that ended or expired
 * (their OIDC codes and refresh tokens go with them, by the schema's cascade), expired
 * challenges, tokens and pending requests, and failure counters that count nothing any more.
 * Without it every sign-in would leave a session row for good, and every identifier an
 * attacker tries would leave a lockout row. Rows are kept for {@link #GRACE} after they stop
 * working, so that a late request still gets its "expired" answer rather than an "unknown" one.
 * This is the one place that deletes expired rows across all users (the request paths of SAML,
 * OIDC authorization and trust tokens used to, on every request). Trusted devices
 * are not touched: the devices list shows expired ones until the user removes them.
 */
@ApplicationScoped
public class Housekeeping {
  static final Duration GRACE = Duration.ofDays(1);

  /** Entities whose rows are useless once {@code expiresAt} has passed. */
  private static final List<String> EXPIRING =
      List.of(
          "WebAuthnChallenge", "MfaChallenge", "EnrollmentToken", "PendingAuthorization",
          "AuthorizationCode", "RefreshToken", "TrustToken", "SamlRequestRow");

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject Settings settings;

  /** One pass; returns how many rows went, by entity. Safe on several nodes at once. */
  @Transactional
  public Map<String, Integer> purge() {
    Instant now = time.now();
    Instant cutoff = now.minus(GRACE);
    Map<String, Integer> deleted = new LinkedHashMap<>();
    deleted.put(
        "SsoSession",
        em.createQuery("delete from SsoSession s where s.expiresAt < :t or s.endedAt < :t")
            .setParameter("t", cutoff)
            .executeUpdate());
    for (String entity : EXPIRING) {
      deleted.put(
          entity,
          em.createQuery("delete from " + entity + " r where r.expiresAt < :t")
              .setParameter("t", cutoff)
              .executeUpdate());
    }
    // A counter starts again from zero once its last failure is older than the lock duration
    // (LockoutRow.recordFailure), so past that it holds nothing.
    Duration lock = Duration.ofMinutes(settings.current().mfaLockoutMinutes());
    deleted.put(
        "LockoutRow",
        em.createQuery(
                "delete from LockoutRow r where r.updatedAt < :stale"
                    + " and (r.lockedUntil is null or r.lockedUntil < :t)")
            .setParameter("stale", cutoff.minus(lock))
            .setParameter("t", cutoff)
            .executeUpdate());
    return deleted;
  }
}
