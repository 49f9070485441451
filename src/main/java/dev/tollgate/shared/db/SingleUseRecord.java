package dev.tollgate.shared.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every single-use, expiring record of a flow has (mfa_tokens, enrollment tokens, OIDC
 * codes and pending authorizations): an id, when it was made, when it expires, and when it was
 * used up. Using one up is a conditional update on {@code consumedAt} in its repository, so it
 * completes at most one flow however many requests race for it.
 */
@MappedSuperclass
public abstract class SingleUseRecord {
  @Id private UUID id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  protected SingleUseRecord() {}

  protected SingleUseRecord(Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public UUID id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isConsumed() {
    return consumedAt != null;
  }

  public boolean isExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** Neither used up nor expired at {@code now}. */
  public boolean isUsable(Instant now) {
    return !isConsumed() && !isExpired(now);
  }
}
