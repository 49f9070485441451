package dev.tollgate.user;

import java.util.Optional;
import java.util.UUID;

/**
 * A change to an account that other features must react to (end sessions, revoke trusted
 * devices, drop factors), fired as a CDI event inside the changing transaction.
 */
public record UserEvent(Kind kind, UUID userId, UUID keepSessionId) {
  public enum Kind {
    PASSWORD_CHANGED,
    DEACTIVATED,
    DELETED
  }

  public Optional<UUID> sessionToKeep() {
    return Optional.ofNullable(keepSessionId);
  }
}
