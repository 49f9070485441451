package dev.tollgate.shared.web;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking and from where, for the request the current thread serves: set by
 * {@link RequestOriginFilter}, the caller filled in once a token has been verified. Audit events
 * read it so services need not pass request details around.
 */
public record RequestOrigin(String ip, String userAgent, UUID callerId) {
  private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();
  private static final RequestOrigin NONE = new RequestOrigin(null, null, null);

  public static RequestOrigin current() {
    RequestOrigin origin = CURRENT.get();
    return origin != null ? origin : NONE;
  }

  static void set(RequestOrigin origin) {
    CURRENT.set(origin);
  }

  static void clear() {
    CURRENT.remove();
  }

  public static void identifyCaller(UUID callerId) {
    RequestOrigin origin = current();
    CURRENT.set(new RequestOrigin(origin.ip, origin.userAgent, callerId));
  }

  public Optional<UUID> caller() {
    return Optional.ofNullable(callerId);
  }
}
