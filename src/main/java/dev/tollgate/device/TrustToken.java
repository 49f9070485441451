package dev.tollgate.device;

import dev.tollgate.shared.crypto.SecureTokens;
import dev.tollgate.shared.crypto.TokenHasher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code trust_device_token} of a login in which a second factor was verified (SPEC §8):
 * it proves, for ten minutes and once, that this user may trust the browser they are on.
 */
@Entity
@Table(name = "device_trust_token")
public class TrustToken {
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  /** Why a presented token does not let the caller trust a device. */
  public enum Refusal {
    UNKNOWN,
    EXPIRED,
    USED,
    OTHER_USER
  }

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** The second-factor method verified in the sign-in that issued the token. */
  @Column(name = "verified_method", updatable = false)
  private String verifiedMethod;

  protected TrustToken() {}

  private TrustToken(String tokenHash, UUID userId, String verifiedMethod, Instant now) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.verifiedMethod = verifiedMethod;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  /** A new token; the raw value goes to the client once and is never kept. */
  public static Issued issue(UUID userId, String verifiedMethod, TokenHasher hasher, Instant now) {
    String raw = SecureTokens.newToken();
    return new Issued(new TrustToken(hasher.hash(raw), userId, verifiedMethod, now), raw);
  }

  /** Empty when {@code caller} may redeem the token now. */
  public Optional<Refusal> refusalFor(UUID caller, Instant now) {
    if (!userId.equals(caller)) {
      return Optional.of(Refusal.OTHER_USER);
    }
    if (usedAt != null) {
      return Optional.of(Refusal.USED);
    }
    return expiresAt.isAfter(now) ? Optional.empty() : Optional.of(Refusal.EXPIRED);
  }

  String tokenHash() {
    return tokenHash;
  }

  public UUID userId() {
    return userId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Empty for a token issued before tokens recorded it. */
  public Optional<String> verifiedMethod() {
    return Optional.ofNullable(verifiedMethod);
  }

  public record Issued(TrustToken token, String rawValue) {
    @Override
    public String toString() {
      return "Issued[" + token.userId() + "]";
    }
  }
}
