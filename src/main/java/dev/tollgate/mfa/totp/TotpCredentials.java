package dev.tollgate.mfa.totp;

import dev.tollgate.shared.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Stores authenticator apps, their sealed secrets and their replay guard. */
@ApplicationScoped
public class TotpCredentials {
  @PersistenceContext EntityManager em;
  @Inject Keyring keyring;

  public Optional<TotpCredential> find(UUID userId) {
    return Optional.ofNullable(em.find(TotpCredential.class, userId));
  }

  public Optional<TotpCredential> findConfirmed(UUID userId) {
    return find(userId).filter(TotpCredential::isConfirmed);
  }

  void add(TotpCredential credential) {
    em.persist(credential);
  }

  void remove(TotpCredential credential) {
    em.remove(credential);
  }

  String seal(UUID userId, TotpSecret secret) {
    return secret.sealFor(userId, keyring.secretBox());
  }

  TotpSecret secretOf(TotpCredential credential) {
    return TotpSecret.openFor(credential.userId(), credential.secretSealed(), keyring.secretBox());
  }

  /**
   * Records {@code step} as used unless an equal or later one already is; false when a
   * concurrent request with the same code won, so a code signs in at most once.
   */
  boolean markUsed(UUID userId, long step) {
    return em.createQuery(
                "update TotpCredential c set c.lastUsedStep = :s where c.userId = :u"
                    + " and c.confirmedAt is not null"
                    + " and (c.lastUsedStep is null or c.lastUsedStep < :s)")
            .setParameter("s", step)
            .setParameter("u", userId)
            .executeUpdate()
        == 1;
  }
}
