package dev.tollgate.mfa.passkey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PasskeyRepository {
  @PersistenceContext EntityManager em;

  /** The user's passkeys, oldest first. */
  public List<Passkey> findByUser(UUID userId) {
    return em.createQuery(
            "select p from Passkey p where p.userId = :u order by p.createdAt, p.id", Passkey.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** The passkey with this id if it is the user's; another user's passkey is not found. */
  public Optional<Passkey> findOwned(UUID userId, PasskeyId id) {
    return Optional.ofNullable(em.find(Passkey.class, id.value()))
        .filter(p -> p.userId().equals(userId));
  }

  public boolean credentialRegistered(CredentialId credentialId) {
    return !em.createQuery("select p.id from Passkey p where p.credentialId = :c", UUID.class)
        .setParameter("c", credentialId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public long countByUser(UUID userId) {
    return em.createQuery("select count(p) from Passkey p where p.userId = :u", Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  /**
   * Moves the passkey's stored signature counter to {@code presented}, provided nothing moved it
   * since {@code passkey} was read: of two concurrent assertions verified against one counter,
   * only one gets true. An authenticator that keeps no counter (0 stored, 0 presented) always does.
   */
  public boolean advanceCounter(Passkey passkey, long presented) {
    if (passkey.signCount() == 0 && presented == 0) {
      return true;
    }
    return em.createQuery(
                "update Passkey p set p.signCount = :presented where p.id = :id and p.signCount = :stored")
            .setParameter("presented", presented)
            .setParameter("id", passkey.id().value())
            .setParameter("stored", passkey.signCount())
            .executeUpdate()
        == 1;
  }

  public void add(Passkey passkey) {
    em.persist(passkey);
  }

  public void remove(Passkey passkey) {
    em.remove(passkey);
  }
}
