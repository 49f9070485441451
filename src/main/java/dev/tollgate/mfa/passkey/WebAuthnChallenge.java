package dev.tollgate.mfa.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A challenge issued to a browser and not yet answered (see {@link WebAuthnChallenges}). */
@Entity
@Table(name = "webauthn_challenge")
public class WebAuthnChallenge {
  /** Which ceremony the challenge belongs to; an answer for one never passes for the other. */
  public enum Purpose {
    REGISTRATION,
    AUTHENTICATION
  }

  @Id private UUID id;

  @Column(name = "lookup_hash", nullable = false, updatable = false)
  private String lookupHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String challenge;

  @Column(name = "requested_name", updatable = false)
  private String requestedName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected WebAuthnChallenge() {}

  WebAuthnChallenge(
      String lookupHash, Purpose purpose, UUID userId, byte[] challenge, String requestedName,
      Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.lookupHash = lookupHash;
    this.purpose = purpose;
    this.userId = userId;
    this.challenge = WebAuthnCodec.encode(challenge);
    this.requestedName = requestedName;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  public Purpose purpose() {
    return purpose;
  }

  public UUID userId() {
    return userId;
  }

  public byte[] challenge() {
    return WebAuthnCodec.decode(challenge);
  }

  public Optional<String> requestedName() {
    return Optional.ofNullable(requestedName);
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
