package dev.tollgate.auth.lockout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;

/** Creates a counter row in its own transaction; losing an insert race to another request is fine. */
@ApplicationScoped
public class LockoutRows {
  private static final Logger LOG = Logger.getLogger(LockoutRows.class.getName());

  @Inject Inserter inserter;

  void createIfAbsent(String key, Instant now) {
    try {
      inserter.insert(key, now);
    } catch (RuntimeException concurrentInsert) {
      LOG.fine("Lockout row already created by a concurrent request");
    }
  }

  @ApplicationScoped
  public static class Inserter {
    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String key, Instant now) {
      em.persist(new LockoutRow(key, now));
    }
  }
}
