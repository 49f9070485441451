package dev.tollgate.audit;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.db.Autonomous;
import dev.tollgate.shared.web.JsonbConfiguration;
import dev.tollgate.shared.web.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The one writer of audit events, which also counts them as metrics (sign-ins, failures,
 * lockouts and second steps per type). An event is written exactly once, whatever becomes of
 * the request that records it (docs/security.md, "Transactions"): inside a transaction it is
 * committed with that transaction, or, when the transaction rolls back (a refusal), written on
 * its own right after; outside any transaction it is written at once.
 */
@ApplicationScoped
public class AuditLog {
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  private static final int MAX_DETAILS = 4000;
  /** Every audit event is also counted: {@code tollgate_audit_events_total{type="login_failed"}}. */
  static final String EVENTS_METRIC = "tollgate_audit_events";
  private static final String INSERT =
      "INSERT INTO audit_event (id, occurred_at, event_type, user_id, actor_id, ip, user_agent, details)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  /** The events of the current transaction, kept to be written if it rolls back. */
  private static final Object PENDING_KEY = new Object();

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject MetricRegistry metrics;
  @Inject Autonomous autonomous;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** An event about {@code userId}; the actor is the authenticated caller, if any. */
  public void record(AuditType type, UUID userId, Map<String, ?> details) {
    RequestOrigin origin = RequestOrigin.current();
    AuditEvent event =
        new AuditEvent(
            time.now(), type.wire(), userId, origin.caller().orElse(null), origin.ip(),
            origin.userAgent(), json(details));
    metrics.counter(EVENTS_METRIC, new Tag("type", type.wire())).inc();
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      em.persist(event);
      pendingInThisTransaction().add(event);
    } else {
      write(List.of(event));
    }
  }

  @SuppressWarnings("unchecked")
  private List<AuditEvent> pendingInThisTransaction() {
    List<AuditEvent> pending = (List<AuditEvent>) transactions.getResource(PENDING_KEY);
    if (pending == null) {
      List<AuditEvent> events = new ArrayList<>();
      transactions.putResource(PENDING_KEY, events);
      transactions.registerInterposedSynchronization(new WrittenIfRolledBack(events));
      pending = events;
    }
    return pending;
  }

  private void write(List<AuditEvent> events) {
    autonomous.inTransaction(connection -> {
      for (AuditEvent e : events) {
        try (var insert =
            Autonomous.prepare(
                connection, INSERT, e.id(), e.time(), e.type(), e.userId(), e.actorId(), e.ip(),
                e.userAgent(), e.details())) {
          insert.executeUpdate();
        }
      }
      return events.size();
    });
  }

  private static String json(Map<String, ?> details) {
    String json =
        details == null || details.isEmpty() ? null : JsonbConfiguration.jsonb().toJson(details);
    if (json != null && json.length() > MAX_DETAILS) {
      json = JsonbConfiguration.jsonb().toJson(Map.of("truncated", json.substring(0, 3900)));
    }
    return json;
  }

  /** Writes a rolled-back transaction's events on their own, once it has ended. */
  private final class WrittenIfRolledBack implements Synchronization {
    private final List<AuditEvent> events;

    WrittenIfRolledBack(List<AuditEvent> events) {
      this.events = events;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED || events.isEmpty()) {
        return;
      }
      try {
        write(events);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not write " + events.size() + " audit events of a refused request", e);
      }
    }
  }
}
