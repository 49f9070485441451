package dev.tollgate.auth.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "lockout")
public class LockoutRow {
  @Id
  @Column(name = "subject_hash")
  private String subjectHash;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LockoutRow() {}

  LockoutRow(String subjectHash, Instant now) {
    this.subjectHash = subjectHash;
    this.updatedAt = now;
  }

  int failures() {
    return failures;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  void set(int failures, Instant lockedUntil, Instant now) {
    this.failures = failures;
    this.lockedUntil = lockedUntil;
    this.updatedAt = now;
  }
}
