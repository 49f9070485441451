package dev.tollgate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository {
  @PersistenceContext EntityManager em;

  public Optional<Application> findById(UUID id) {
    return Optional.ofNullable(em.find(Application.class, id));
  }

  public Optional<Application> findByClientId(String clientId) {
    return em.createQuery("select a from Application a where a.clientId = :c", Application.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  public List<Application> search(String search, int offset, int limit) {
    return searchQuery("select a", search, Application.class, " order by a.createdAt, a.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String search) {
    return searchQuery("select count(a)", search, Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> searchQuery(String select, String search, Class<T> type, String order) {
    if (search == null || search.isBlank()) {
      return em.createQuery(select + " from Application a" + order, type);
    }
    String like =
        "%" + search.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
    return em.createQuery(
            select
                + " from Application a where lower(a.name) like :s escape '\\'"
                + " or lower(a.clientId) like :s escape '\\'"
                + order,
            type)
        .setParameter("s", like);
  }

  public void add(Application application) {
    em.persist(application);
  }

  public void remove(Application application) {
    em.remove(application);
  }
}
