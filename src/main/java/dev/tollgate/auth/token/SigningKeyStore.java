package dev.tollgate.auth.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class SigningKeyStore {
  static final String PURPOSE = "jwt";

  @PersistenceContext EntityManager em;

  /** Newest generation first. */
  public List<SigningKeyRow> all() {
    return em.createQuery(
            "select k from SigningKeyRow k where k.purpose = :p order by k.generation desc",
            SigningKeyRow.class)
        .setParameter("p", PURPOSE)
        .getResultList();
  }

  /** Its own transaction: when two nodes race on an empty database, one insert loses cleanly. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(SigningKeyRow row) {
    em.persist(row);
  }
}
