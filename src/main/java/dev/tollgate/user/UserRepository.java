package dev.tollgate.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository {
  @PersistenceContext EntityManager em;

  public Optional<User> findById(UUID id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  /** A login identifier is an email or a username, matched without regard to case. */
  public Optional<User> findByLoginIdentifier(String identifier) {
    String normalized = normalize(identifier);
    return em.createQuery(
            "select u from User u where u.email = :id or u.username = :id order by u.createdAt",
            User.class)
        .setParameter("id", normalized)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public boolean emailTaken(String email, UUID exceptId) {
    return taken("email", email, exceptId);
  }

  public boolean usernameTaken(String username, UUID exceptId) {
    return taken("username", username, exceptId);
  }

  private boolean taken(String field, String value, UUID exceptId) {
    return !em.createQuery(
            "select u.id from User u where (u.email = :v or u.username = :v) and u.id <> :except",
            UUID.class)
        .setParameter("v", normalize(value))
        .setParameter("except", exceptId == null ? new UUID(0, 0) : exceptId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean anotherActiveAdminExists(UUID exceptId) {
    return !em.createQuery(
            "select u.id from User u where u.admin = true and u.active = true and u.id <> :id",
            UUID.class)
        .setParameter("id", exceptId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean anyExists() {
    return !em.createQuery("select u.id from User u", UUID.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<User> search(String search, int offset, int limit) {
    return searchQuery("select u", search, User.class, " order by u.createdAt, u.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String search) {
    return searchQuery("select count(u)", search, Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> searchQuery(String select, String search, Class<T> type, String order) {
    if (search == null || search.isBlank()) {
      return em.createQuery(select + " from User u" + order, type);
    }
    String like = "%" + escapeLike(search.trim().toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            select
                + " from User u where lower(u.email) like :s escape '\\'"
                + " or lower(u.username) like :s escape '\\'"
                + " or lower(u.firstName) like :s escape '\\'"
                + " or lower(u.lastName) like :s escape '\\'"
                + order,
            type)
        .setParameter("s", like);
  }

  public void add(User user) {
    em.persist(user);
  }

  public void remove(User user) {
    em.remove(user);
  }

  /** Moves the user's factor generation on: their factors changed. */
  public void factorsChanged(UUID userId) {
    em.createQuery("update User u set u.factorGeneration = u.factorGeneration + 1 where u.id = :id")
        .setParameter("id", userId)
        .executeUpdate();
  }

  /**
   * The same, but only while the generation is still {@code generation}: false when the factors
   * changed since. The updated row stays locked until the transaction ends, so of two requests
   * that expect the same generation only one gets true.
   */
  public boolean factorsChanged(UUID userId, int generation) {
    return em.createQuery(
                "update User u set u.factorGeneration = u.factorGeneration + 1"
                    + " where u.id = :id and u.factorGeneration = :g")
            .setParameter("id", userId)
            .setParameter("g", generation)
            .executeUpdate()
        == 1;
  }

  static String normalize(String identifier) {
    return identifier == null ? "" : identifier.trim().toLowerCase(Locale.ROOT);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
