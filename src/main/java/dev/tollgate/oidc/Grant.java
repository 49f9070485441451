package dev.tollgate.oidc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an application was granted when the user was let through: by whom, on which SSO
 * session, for which scopes, and what the session proved then ({@code auth_time}, amr, acr).
 * Codes and refresh tokens carry it unchanged, so refreshed ID tokens tell the same story.
 */
public record Grant(
    UUID applicationId, UUID userId, UUID sessionId, List<String> scope, Instant authTime,
    List<String> amr, String acr) {
  public Grant {
    scope = List.copyOf(scope);
    amr = List.copyOf(amr);
  }

  public boolean hasScope(String name) {
    return scope.contains(name);
  }

  static String join(List<String> values) {
    return String.join(" ", values);
  }

  static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
  }
}
