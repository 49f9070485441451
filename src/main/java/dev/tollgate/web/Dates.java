package dev.tollgate.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on pages: UTC, to the minute ("2026-11-28 17:05 UTC"). */
final class Dates {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private Dates() {}

  static String format(Instant instant, String whenNone) {
    return instant == null ? whenNone : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
  }
}
