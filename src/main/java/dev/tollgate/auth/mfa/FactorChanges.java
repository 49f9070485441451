package dev.tollgate.auth.mfa;

import dev.tollgate.user.UserEvent;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What a factor module calls when a user gains or loses a confirmed credential, inside the
 * transaction that makes the change. Every change moves the user's factor generation on, which
 * voids the enrollment tokens issued before it (docs/security.md, "Enrollment tokens"); losing
 * the last factor also fires {@link UserEvent.Kind#LAST_FACTOR_REMOVED} for the features that
 * depend on one (trusted devices). Deciding "last" here keeps the rule in one place.
 */
@ApplicationScoped
public class FactorChanges {
  @Inject SecondFactors factors;
  @Inject UserRepository users;
  @Inject Event<UserEvent> events;

  /** Call after the new credential is stored. */
  public void added(UUID userId) {
    users.factorsChanged(userId);
  }

  /** Call after the credential is gone (not at a reset, which is its own event). */
  public void removed(UUID userId) {
    users.factorsChanged(userId);
    if (!factors.anyEnrolled(userId)) {
      events.fire(new UserEvent(UserEvent.Kind.LAST_FACTOR_REMOVED, userId, null));
    }
  }

  void onUserEvent(@Observes UserEvent event) {
    if (event.kind() == UserEvent.Kind.MFA_RESET) {
      users.factorsChanged(event.userId());
    }
  }
}
