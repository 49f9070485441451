package dev.tollgate.mfa.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One code of a user's recovery-code set: only its keyed hash ({@link RecoveryCodeHashes}), when
 * the set was made, and when the code was used (once; a used code stays so that the set's
 * remaining count can reach 0).
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {
  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(UUID userId, String codeHash, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.codeHash = codeHash;
    this.createdAt = createdAt;
  }

  String codeHash() {
    return codeHash;
  }
}
