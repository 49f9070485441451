package dev.tollgate.shared.db;

import java.sql.SQLException;

/** Recognises a unique or primary key violation, however deep the driver's exception is wrapped. */
public final class UniqueViolation {
  /** Its SQLSTATE, in PostgreSQL and in H2. */
  private static final String SQLSTATE = "23505";

  private UniqueViolation() {}

  public static boolean causes(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && SQLSTATE.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
