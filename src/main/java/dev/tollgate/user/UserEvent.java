package dev.tollgate.user;

import java.util.Optional;
import java.util.UUID;

/**
 * A change to an account that other features must react to (end sessions, revoke trusted
 * devices, drop factors), fired as a CDI event inside the changing transaction. Observers
 * switch over the kind; a kind they do not handle needs nothing from them.
 */
public record UserEvent(Kind kind, UUID userId, UUID keepSessionId) {
  public enum Kind {
    PASSWORD_CHANGED,
    DEACTIVATED,
    DELETED,
    /**
     * An administrator reset the user's second factors (fired by {@code UserService}): every
     * factor module removes the user's credentials through its own service, open mfa_tokens are
     * burnt, trusted devices revoked and all sessions ended.
     */
    MFA_RESET,
    /**
     * The user removed their last confirmed second factor (fired by
     * {@code auth.mfa.FactorChanges}, which factor modules call after a removal): trusted
     * devices are revoked, since there is no factor left for them to stand in for.
     */
    LAST_FACTOR_REMOVED
  }

  public Optional<UUID> sessionToKeep() {
    return Optional.ofNullable(keepSessionId);
  }
}
