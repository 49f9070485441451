package dev.tollgate.audit;

import dev.tollgate.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/** Reads the audit trail, newest first, filtered by user and type. */
@ApplicationScoped
public class AuditQuery {
  @PersistenceContext EntityManager em;

  public Page<AuditEvent> find(UUID userId, String type, int page, int limit) {
    List<AuditEvent> data =
        query("select e", userId, type, AuditEvent.class, " order by e.time desc, e.id")
            .setFirstResult((page - 1) * limit)
            .setMaxResults(limit)
            .getResultList();
    long total = query("select count(e)", userId, type, Long.class, "").getSingleResult();
    return new Page<>(data, total, page, limit);
  }

  private <T> TypedQuery<T> query(
      String select, UUID userId, String type, Class<T> resultType, String order) {
    StringBuilder jpql = new StringBuilder(select).append(" from AuditEvent e where 1 = 1");
    if (userId != null) {
      jpql.append(" and e.userId = :userId");
    }
    if (type != null) {
      jpql.append(" and e.type = :type");
    }
    TypedQuery<T> query = em.createQuery(jpql + order, resultType);
    if (userId != null) {
      query.setParameter("userId", userId);
    }
    if (type != null) {
      query.setParameter("type", type);
    }
    return query;
  }
}
