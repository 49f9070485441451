package dev.tollgate.device;

import dev.tollgate.user.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Account changes after which no device may stand in for a second factor any more (SPEC §8):
 * a password change, an administrator's MFA reset, the removal of the last factor. Handled
 * inside the changing transaction. A deactivated account loses its devices too, so
 * reactivation does not bring back trust given before. Deleted users' rows go by cascade.
 */
@ApplicationScoped
public class DeviceRevocations {
  @Inject TrustedDevices devices;

  void onUserEvent(@Observes UserEvent event) {
    switch (event.kind()) {
      case PASSWORD_CHANGED -> devices.revokeAll(event.userId(), RevocationReason.PASSWORD_CHANGED);
      case DEACTIVATED -> devices.revokeAll(event.userId(), RevocationReason.DEACTIVATED);
      case MFA_RESET -> devices.revokeAll(event.userId(), RevocationReason.MFA_RESET);
      case LAST_FACTOR_REMOVED ->
          devices.revokeAll(event.userId(), RevocationReason.LAST_FACTOR_REMOVED);
      case DELETED -> { } // rows go with the user (ON DELETE CASCADE)
    }
  }
}
