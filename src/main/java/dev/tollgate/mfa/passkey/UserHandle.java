package dev.tollgate.mfa.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's WebAuthn user handle: random, stable, and unrelated to the user's id, so an
 * authenticator (or whoever reads it) learns nothing about the account from it.
 */
@Entity
@Table(name = "passkey_user_handle")
public class UserHandle {
  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String handle;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected UserHandle() {}

  UserHandle(UUID userId, byte[] handle, Instant now) {
    this.userId = userId;
    this.handle = WebAuthnCodec.encode(handle);
    this.createdAt = now;
  }

  public byte[] bytes() {
    return WebAuthnCodec.decode(handle);
  }
}
