package dev.tollgate.auth.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class SigningKeyStore {
  /** RSA, RS256: OIDC ID tokens (the purpose name predates the portal key). */
  static final String PURPOSE = "jwt";
  /** EC P-256, ES256: portal tokens. */
  static final String PORTAL_PURPOSE = "portal";

  @PersistenceContext EntityManager em;

  /** Newest generation first. */
  public List<SigningKeyRow> all(String purpose) {
    return em.createQuery(
            "select k from SigningKeyRow k where k.purpose = :p order by k.generation desc",
            SigningKeyRow.class)
        .setParameter("p", purpose)
        .getResultList();
  }

  /** Its own transaction: when two nodes race on an empty database, one insert loses cleanly. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(SigningKeyRow row) {
    em.persist(row);
  }
}
