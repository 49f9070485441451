package dev.tollgate.audit;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.web.JsonbConfiguration;
import dev.tollgate.shared.web.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import java.util.Map;
import java.util.UUID;

/**
 * The one writer of audit events, which also counts them as metrics (sign-ins, failures,
 * lockouts and second steps per type). It joins the caller's transaction, so services that refuse a
 * request after recording why must not roll back on their domain exceptions.
 */
@ApplicationScoped
public class AuditLog {
  private static final int MAX_DETAILS = 4000;
  /** Every audit event is also counted: {@code tollgate_audit_events_total{type="login_failed"}}. */
  static final String EVENTS_METRIC = "tollgate_audit_events";

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject MetricRegistry metrics;

  /** An event about {@code userId}; the actor is the authenticated caller, if any. */
  @Transactional
  public void record(AuditType type, UUID userId, Map<String, ?> details) {
    RequestOrigin origin = RequestOrigin.current();
    String json = details == null || details.isEmpty() ? null : JsonbConfiguration.jsonb().toJson(details);
    if (json != null && json.length() > MAX_DETAILS) {
      json = JsonbConfiguration.jsonb().toJson(Map.of("truncated", json.substring(0, 3900)));
    }
    metrics.counter(EVENTS_METRIC, new Tag("type", type.wire())).inc();
    em.persist(
        new AuditEvent(
            time.now(),
            type.wire(),
            userId,
            origin.caller().orElse(null),
            origin.ip(),
            origin.userAgent(),
            json));
  }
}
