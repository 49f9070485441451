package dev.tollgate.auth.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The server side of {@code idp_sid} (SPEC §9): whose session it is, when the password was
 * last given ({@code auth_time}), which methods were used, and when a second factor was last
 * verified. Only a keyed hash of the cookie value is stored.
 */
@Entity
@Table(name = "sso_session")
public class SsoSession {
  @Id private UUID id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "auth_time", nullable = false)
  private Instant authTime;

  @Column(nullable = false)
  private String amr;

  @Column(name = "mfa_verified_at")
  private Instant mfaVerifiedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  private String ip;

  @Column(name = "user_agent")
  private String userAgent;

  protected SsoSession() {}

  SsoSession(
      String tokenHash, UUID userId, Instant now, Instant expiresAt, List<String> amr,
      Instant mfaVerifiedAt, String ip, String userAgent) {
    this.id = UUID.randomUUID();
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = now;
    this.expiresAt = expiresAt;
    this.authTime = now;
    this.amr = String.join(" ", amr);
    this.mfaVerifiedAt = mfaVerifiedAt;
    this.ip = ip;
    this.userAgent = userAgent;
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant authTime() {
    return authTime;
  }

  public List<String> amr() {
    return amr.isBlank() ? List.of() : Arrays.asList(amr.split(" "));
  }

  public Optional<Instant> mfaVerifiedAt() {
    return Optional.ofNullable(mfaVerifiedAt);
  }

  public boolean isActive(Instant now) {
    return endedAt == null && expiresAt.isAfter(now);
  }

  void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  /** A fresh password sign-in on this session: new auth time, methods and lifetime. */
  void reauthenticate(Instant now, Instant expiresAt, List<String> amr, Instant mfaVerifiedAt) {
    this.authTime = now;
    this.expiresAt = expiresAt;
    this.amr = String.join(" ", amr);
    this.mfaVerifiedAt = mfaVerifiedAt;
  }

  /** A second factor verified again (step-up or re-verification) on this session. */
  void recordMfaVerification(Instant now, Instant expiresAt, List<String> methods) {
    Set<String> merged = new LinkedHashSet<>(amr());
    merged.addAll(methods);
    this.amr = String.join(" ", merged);
    this.mfaVerifiedAt = now;
    this.expiresAt = expiresAt;
  }
}
