package dev.tollgate.auth.lockout;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.Keyring;
import dev.tollgate.shared.db.Autonomous;
import dev.tollgate.shared.db.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per subject (a login identifier, a user's second step, a password change) and
 * locks the subject after too many wrong ones (docs/security.md, "Counting failures"). A guard
 * {@link #take}s an attempt before it checks an answer, then reports the answer wrong
 * ({@link #wrong}) or right ({@link #right}). Each step is a short transaction of its own under a
 * row lock, committed at once: concurrent answers on any node each take a distinct attempt, at
 * most the remaining ones are checked, and a refused request keeps its count when the rest of it
 * rolls back. Subjects are stored as keyed hashes, so the table names nobody.
 */
@ApplicationScoped
public class Lockouts {
  private static final String FIND =
      "SELECT failures, locked_until, updated_at FROM lockout WHERE subject_hash = ?";
  private static final int INSERT_RACES = 3;

  @Inject Keyring keyring;
  @Inject TimeSource time;
  @Inject Autonomous autonomous;

  /** An attempt taken: whose counter, its number in the round, and the limit it was taken under. */
  public record Attempt(String key, int number, Limit limit) {
    @Override
    public String toString() {
      return "Attempt[" + number + "/" + limit.maxAttempts() + "]";
    }
  }

  /** What {@link #take} answers: an attempt to check an answer with, or a refusal until a time. */
  public sealed interface Claim {
    record Granted(Attempt attempt) implements Claim {}

    record Refused(Instant until) implements Claim {}
  }

  /** The count after a wrong answer, how many attempts remain, and the lock it set, if any. */
  public record Failure(int failures, int attemptsLeft, Optional<Instant> lockedUntil) {
    public boolean locked() {
      return lockedUntil.isPresent();
    }
  }

  /** When the subject is locked now, until when (a look only; takes nothing). */
  public Optional<Instant> lockedUntil(String subject) {
    Instant now = time.now();
    Counter counter = autonomous.inTransaction(c -> find(c, hash(subject), false));
    return counter.lockedAt(now) ? Optional.of(counter.lockedUntil()) : Optional.empty();
  }

  /** Takes the subject's next attempt, or refuses while it is locked or none is left. */
  public Claim take(String subject, Limit limit) {
    String key = hash(subject);
    for (int race = 0; ; race++) {
      try {
        return autonomous.inTransaction(c -> take(c, key, limit));
      } catch (IllegalStateException e) {
        if (race >= INSERT_RACES || !UniqueViolation.causes(e)) {
          throw e;
        }
        // another request created the subject's row first: take from that row
      }
    }
  }

  private Claim take(Connection c, String key, Limit limit) throws SQLException {
    Instant now = time.now();
    Counter counter = find(c, key, true);
    int number = counter.nextAttempt(now, limit);
    if (number == 0) {
      return new Claim.Refused(counter.refusedUntil(now, limit));
    }
    String sql =
        counter == Counter.NONE
            ? "INSERT INTO lockout (failures, locked_until, updated_at, subject_hash) VALUES (?, ?, ?, ?)"
            : "UPDATE lockout SET failures = ?, locked_until = ?, updated_at = ? WHERE subject_hash = ?";
    try (PreparedStatement statement = Autonomous.prepare(c, sql, number, null, now, key)) {
      statement.executeUpdate();
    }
    return new Claim.Granted(new Attempt(key, number, limit));
  }

  /** The answer of {@code attempt} was wrong; the last attempt of a round locks the subject. */
  public Failure wrong(Attempt attempt) {
    Limit limit = attempt.limit();
    return autonomous.inTransaction(c -> {
      Instant now = time.now();
      Counter counter = find(c, attempt.key(), true);
      int left = Math.max(0, limit.maxAttempts() - attempt.number());
      if (!counter.lockedBy(attempt.number(), now, limit)) {
        return new Failure(attempt.number(), left, Optional.empty());
      }
      Instant until = now.plus(limit.lockDuration());
      try (PreparedStatement statement =
          Autonomous.prepare(
              c, "UPDATE lockout SET locked_until = ?, updated_at = ? WHERE subject_hash = ?",
              until, now, attempt.key())) {
        statement.executeUpdate();
      }
      return new Failure(attempt.number(), 0, Optional.of(until));
    });
  }

  /** The answer was right: the round is over, unless a lock was set meanwhile (it holds). */
  public void right(Attempt attempt) {
    autonomous.update(
        "DELETE FROM lockout WHERE subject_hash = ? AND (locked_until IS NULL OR locked_until <= ?)",
        attempt.key(), time.now());
  }

  private static Counter find(Connection c, String key, boolean forUpdate) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(forUpdate ? FIND + " FOR UPDATE" : FIND)) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Counter.NONE;
        }
        return new Counter(
            row.getInt(1), Autonomous.instant(row.getObject(2)), Autonomous.instant(row.getObject(3)));
      }
    }
  }

  private String hash(String subject) {
    return keyring.tokenHasher().hash("lockout:" + subject);
  }
}
