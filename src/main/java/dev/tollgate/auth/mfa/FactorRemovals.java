package dev.tollgate.auth.mfa;

import dev.tollgate.user.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What a factor module calls after the user removed one of their confirmed credentials (not
 * after a reset, which is its own event): when no factor is left, the account change
 * {@link UserEvent.Kind#LAST_FACTOR_REMOVED} is fired for the features that depend on one
 * (trusted devices). Deciding "last" here keeps the rule in one place for every factor.
 */
@ApplicationScoped
public class FactorRemovals {
  @Inject SecondFactors factors;
  @Inject Event<UserEvent> events;

  /** Call inside the removing transaction, after the credential is gone. */
  public void removed(UUID userId) {
    if (!factors.anyEnrolled(userId)) {
      events.fire(new UserEvent(UserEvent.Kind.LAST_FACTOR_REMOVED, userId, null));
    }
  }
}
