package dev.tollgate.mfa.totp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's authenticator app: at most one per user, pending until a code confirms it. The
 * secret is sealed (AES-GCM, associated data {@code totp:<user id>}); {@code last_used_step} is
 * the last time step accepted, the replay guard.
 */
@Entity
@Table(name = "totp_credential")
public class TotpCredential {
  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "secret_sealed", nullable = false)
  private String secretSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_used_step")
  private Long lastUsedStep;

  protected TotpCredential() {}

  TotpCredential(UUID userId, String secretSealed, Instant now) {
    this.userId = userId;
    this.secretSealed = secretSealed;
    this.createdAt = now;
  }

  public UUID userId() {
    return userId;
  }

  String secretSealed() {
    return secretSealed;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  /** {@link Long#MIN_VALUE} when no code was accepted yet. */
  long lastUsedStep() {
    return lastUsedStep == null ? Long.MIN_VALUE : lastUsedStep;
  }

  /** A new pending secret replaces an earlier pending one. */
  void restart(String secretSealed, Instant now) {
    this.secretSealed = secretSealed;
    this.createdAt = now;
    this.lastUsedStep = null;
  }

  /** The code that confirmed it counts as used: it cannot sign in afterwards. */
  void confirm(Instant now, long step) {
    this.confirmedAt = now;
    this.lastUsedStep = step;
  }
}
