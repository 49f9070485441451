package dev.tollgate.shared.web;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.Page;
import java.util.Map;
import java.util.UUID;

/** Checks the list and path parameters every admin list shares. */
public final class Paging {
  private Paging() {}

  public record Request(int page, int limit) {}

  public static Request of(String page, String limit) {
    int p = parse("page", page, 1, 1, Integer.MAX_VALUE / Page.MAX_LIMIT);
    int l = parse("limit", limit, 20, 1, Page.MAX_LIMIT);
    return new Request(p, l);
  }

  private static int parse(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new DomainException(
            ErrorCode.INVALID_PARAMETER, name + " must be a whole number from " + min + " to " + max)
        .withDetails(Map.of("parameter", name));
  }

  /** An id in a path that is not even a UUID names nothing: 404, like an unknown one. */
  public static UUID pathId(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.notFound(what);
    }
  }

  /** An optional UUID filter in a query string; a malformed one is a 400. */
  public static UUID queryId(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorCode.INVALID_PARAMETER, name + " must be a UUID")
          .withDetails(Map.of("parameter", name));
    }
  }
}
