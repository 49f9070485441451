package dev.tollgate.auth.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The {@code lockout} table as JPA sees it, for housekeeping's deletes only: {@link Lockouts}
 * reads and writes the rows itself, on connections of its own ({@link Counter} holds the rules).
 */
@Entity
@Table(name = "lockout")
public class LockoutRow {
  @Id
  @Column(name = "subject_hash")
  private String subjectHash;

  @Column(name = "failures", nullable = false)
  private int attempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LockoutRow() {}
}
