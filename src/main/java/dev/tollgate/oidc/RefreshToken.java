package dev.tollgate.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token (keyed hash only), rotated on use: {@code used_at} marks one that was
 * exchanged; presenting it again revokes its family ({@code grant_id}).
 */
@Entity
@Table(name = "oidc_refresh_token")
public class RefreshToken {
  @Id private UUID id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "grant_id", nullable = false, updatable = false)
  private UUID grantId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(nullable = false, updatable = false)
  private String scope;

  @Column(name = "auth_time", nullable = false, updatable = false)
  private Instant authTime;

  @Column(nullable = false, updatable = false)
  private String amr;

  @Column(nullable = false, updatable = false)
  private String acr;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshToken() {}

  RefreshToken(String tokenHash, UUID grantId, Grant grant, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.tokenHash = tokenHash;
    this.grantId = grantId;
    this.applicationId = grant.applicationId();
    this.userId = grant.userId();
    this.sessionId = grant.sessionId();
    this.scope = Grant.join(grant.scope());
    this.authTime = grant.authTime();
    this.amr = Grant.join(grant.amr());
    this.acr = grant.acr();
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  UUID grantId() {
    return grantId;
  }

  Grant grant() {
    return new Grant(
        applicationId, userId, sessionId, Grant.split(scope), authTime, Grant.split(amr), acr);
  }

  boolean isUsed() {
    return usedAt != null;
  }

  boolean isRevoked() {
    return revokedAt != null;
  }

  boolean isExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
