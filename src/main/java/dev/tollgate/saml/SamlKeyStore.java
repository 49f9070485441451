package dev.tollgate.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class SamlKeyStore {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<SamlKeyRow> newest() {
    return em.createQuery("select k from SamlKeyRow k order by k.generation desc", SamlKeyRow.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Its own transaction: when two nodes race on an empty database, one insert loses cleanly. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(SamlKeyRow row) {
    em.persist(row);
  }
}
