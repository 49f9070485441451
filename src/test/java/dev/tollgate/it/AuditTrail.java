package dev.tollgate.it;

import java.util.List;
import java.util.UUID;

/** Reads the audit trail straight from the database: what was recorded, whatever the API shows. */
final class AuditTrail {
  private final TestDatabase database;

  AuditTrail(TestDatabase database) {
    this.database = database;
  }

  int count(String userId, String type) {
    return rows(userId, type).size();
  }

  /** The {@code details.reason} of each event of a type about a user ("" when it has none). */
  List<String> reasons(String userId, String type) {
    return rows(userId, type).stream()
        .map(details -> details == null ? "" : reason(String.valueOf(details)))
        .toList();
  }

  private List<Object> rows(String userId, String type) {
    return database.queryColumn(
        "SELECT details FROM audit_event WHERE user_id = ? AND event_type = ?",
        UUID.fromString(userId),
        type);
  }

  private static String reason(String details) {
    var json = Api.json(details);
    return json.containsKey("reason") ? json.getString("reason") : "";
  }
}
