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

  public void add(Passkey passkey) {
    em.persist(passkey);
  }

  public void remove(Passkey passkey) {
    em.remove(passkey);
  }
}
