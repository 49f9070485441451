package dev.tollgate.mfa.passkey;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.mfa.FactorChanges;
import dev.tollgate.shared.DomainException;
import dev.tollgate.user.UserEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user's own passkeys: list, rename, remove (the last factor gone revokes trusted devices
 * through {@link FactorChanges}), and removal of all of them at an administrator's MFA reset.
 * An id that is not one of the caller's passkeys
 * (another user's, or not an id at all) is simply not found (SPEC §14).
 */
@ApplicationScoped
@Transactional
public class Passkeys {
  @Inject PasskeyRepository repository;
  @Inject AuditLog audit;
  @Inject FactorChanges factorChanges;

  public List<Passkey> list(UUID userId) {
    return repository.findByUser(userId);
  }

  public long count(UUID userId) {
    return repository.countByUser(userId);
  }

  public Passkey rename(UUID userId, String passkeyId, String newName) {
    Passkey passkey = owned(userId, passkeyId);
    PasskeyName name = new PasskeyName(newName);
    String before = passkey.name();
    passkey.rename(name);
    audit.record(
        AuditType.PASSKEY_RENAMED, userId,
        Map.of("passkey_id", passkey.id().toString(), "from", before, "to", name.value()));
    return passkey;
  }

  public void remove(UUID userId, String passkeyId) {
    Passkey passkey = owned(userId, passkeyId);
    repository.remove(passkey);
    audit.record(
        AuditType.MFA_REMOVED, userId,
        Map.of("method", PasskeyFactor.METHOD, "passkey_id", passkey.id().toString(), "name", passkey.name()));
    factorChanges.removed(userId);
  }

  /** An administrator's MFA reset removes every passkey of the user. */
  void onUserEvent(@Observes UserEvent event) {
    if (event.kind() != UserEvent.Kind.MFA_RESET) {
      return;
    }
    for (Passkey passkey : repository.findByUser(event.userId())) {
      repository.remove(passkey);
      audit.record(
          AuditType.MFA_REMOVED, event.userId(),
          Map.of("method", PasskeyFactor.METHOD, "passkey_id", passkey.id().toString(),
              "reason", "reset"));
    }
  }

  private Passkey owned(UUID userId, String passkeyId) {
    return PasskeyId.parse(passkeyId)
        .flatMap(id -> repository.findOwned(userId, id))
        .orElseThrow(() -> DomainException.notFound("Passkey"));
  }
}
