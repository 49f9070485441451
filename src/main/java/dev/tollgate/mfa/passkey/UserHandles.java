package dev.tollgate.mfa.passkey;

import dev.tollgate.shared.TimeSource;
import dev.tollgate.shared.crypto.SecureTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Hands out each user's WebAuthn user handle, creating it on the first registration. */
@ApplicationScoped
public class UserHandles {
  private static final Logger LOG = Logger.getLogger(UserHandles.class.getName());
  private static final int HANDLE_BYTES = 32;

  @PersistenceContext EntityManager em;
  @Inject Inserter inserter;

  public Optional<byte[]> find(UUID userId) {
    return Optional.ofNullable(em.find(UserHandle.class, userId)).map(UserHandle::bytes);
  }

  /** The user's handle; two first registrations racing each other end up with the same one. */
  @Transactional
  public byte[] handleFor(UUID userId) {
    return find(userId)
        .orElseGet(
            () -> {
              try {
                inserter.insert(userId);
              } catch (RuntimeException concurrentInsert) {
                LOG.fine("User handle already created by a concurrent request");
              }
              return find(userId).orElseThrow();
            });
  }

  @ApplicationScoped
  public static class Inserter {
    @PersistenceContext EntityManager em;
    @Inject TimeSource time;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(UUID userId) {
      em.persist(new UserHandle(userId, SecureTokens.randomBytes(HANDLE_BYTES), time.now()));
    }
  }
}
