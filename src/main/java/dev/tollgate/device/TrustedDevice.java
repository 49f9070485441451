package dev.tollgate.device;

import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.crypto.TokenHasher;
import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A browser a user trusted. The browser holds the raw {@code idp_device} value; only its keyed
 * hash is kept here, so the table alone lets nobody present a device. Revoked rows stay (with
 * the reason) so a revoked cookie presented later is recognised as such and audited.
 */
@Entity
@Table(name = "trusted_device")
public class TrustedDevice {
  /** How a presented cookie stands for the user signing in. */
  public enum Standing {
    TRUSTED,
    EXPIRED,
    REVOKED,
    OTHER_USER
  }

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "cookie_hash", nullable = false, updatable = false)
  private String cookieHash;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_reason")
  private String revokedReason;

  /**
   * The strongest second-factor method verified in the sign-in the device was trusted after;
   * null for a device trusted before devices recorded it.
   */
  @Column(name = "verified_method", updatable = false)
  private String verifiedMethod;

  protected TrustedDevice() {}

  private TrustedDevice(
      UUID userId, String cookieHash, String name, String verifiedMethod, Instant now, Duration lifetime) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.verifiedMethod = verifiedMethod;
    this.cookieHash = cookieHash;
    this.name = name;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** A new device and the cookie value for the browser, which is returned once and never kept. */
  public static Issued issue(
      UUID userId, String name, Optional<String> verifiedMethod, TokenHasher hasher, Instant now,
      Duration lifetime) {
    String raw = SecureTokens.newToken();
    return new Issued(
        new TrustedDevice(userId, hasher.hash(raw), name, verifiedMethod.orElse(null), now, lifetime),
        raw);
  }

  /**
   * Whether the device may stand in for a second factor at {@code level}: only for a level the
   * method it was trusted after meets, as that method's declaration says (a device trusted after
   * TOTP or a recovery code never meets {@code passkey}; one of a method no longer installed
   * meets none). A device that did not record its method stands in only for levels any method
   * meets.
   */
  public boolean certifies(PolicyLevel level, FactorCatalogue factors) {
    return verifiedMethod == null
        ? !level.isStricterThan(PolicyLevel.ANY)
        : factors.meets(verifiedMethod, level);
  }

  public Standing standingFor(UUID signingIn, Instant now) {
    if (!userId.equals(signingIn)) {
      return Standing.OTHER_USER;
    }
    if (revokedAt != null) {
      return Standing.REVOKED;
    }
    return expiresAt.isAfter(now) ? Standing.TRUSTED : Standing.EXPIRED;
  }

  public boolean isActive(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  void seen(Instant now) {
    lastSeenAt = now;
  }

  /** False when the device was already revoked (the first reason is kept). */
  boolean revoke(Instant now, RevocationReason reason) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = now;
    revokedReason = reason.wire();
    return true;
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  String cookieHash() {
    return cookieHash;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<String> revokedReason() {
    return Optional.ofNullable(revokedReason);
  }

  /** A device just created, with the raw cookie value that only the browser will keep. */
  public record Issued(TrustedDevice device, String cookieValue) {
    @Override
    public String toString() {
      return "Issued[" + device.id() + "]";
    }
  }
}
