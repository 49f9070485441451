package dev.tollgate.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One immutable audit record: no setters, nothing updates or deletes it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant time;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String type;

  @Column(name = "user_id", updatable = false)
  private UUID userId;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(updatable = false)
  private String ip;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(updatable = false)
  private String details;

  protected AuditEvent() {}

  AuditEvent(
      Instant time, String type, UUID userId, UUID actorId, String ip, String userAgent, String details) {
    this.id = UUID.randomUUID();
    this.time = time;
    this.type = type;
    this.userId = userId;
    this.actorId = actorId;
    this.ip = ip;
    this.userAgent = userAgent;
    this.details = details;
  }

  public UUID id() {
    return id;
  }

  public Instant time() {
    return time;
  }

  public String type() {
    return type;
  }

  public UUID userId() {
    return userId;
  }

  public UUID actorId() {
    return actorId;
  }

  public String ip() {
    return ip;
  }

  public String userAgent() {
    return userAgent;
  }

  public String details() {
    return details;
  }
}
