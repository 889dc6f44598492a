package org.iecmhc.lms.platform.audit;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.iecmhc.lms.platform.persistence.Like;

/** Reading the audit log, newest first. There is deliberately no way to change or delete an entry. */
@ApplicationScoped
public class AuditLog {

    private EntityManager em;

    protected AuditLog() {
    }

    @Inject
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize) {
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + where(filter) + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(AuditFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.hasActor()) {
            where.append(" and lower(e.actor) like :actor");
        }
        if (filter.hasEntityType()) {
            where.append(" and e.entityType = :entityType");
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (filter.hasActor()) {
            query.setParameter("actor", "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.hasEntityType()) {
            query.setParameter("entityType", filter.entityType());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
    }

    /** The ids of the records of this type that this person created, oldest first: what they entered. */
    public List<Long> createdBy(String actor, String entityType) {
        return em.createQuery("select e.entityId from AuditEntry e where e.actor = :actor and e.entityType = :type"
                        + " and e.action = :create order by e.id", String.class)
                .setParameter("actor", actor).setParameter("type", entityType).setParameter("create", AuditAction.CREATE)
                .getResultStream().filter(id -> id.chars().allMatch(Character::isDigit)).map(Long::valueOf).toList();
    }

    /** Every entry this person made, or that names them or their account, oldest first. */
    public List<AuditEntry> about(long accountId, String email) {
        return em.createQuery("select e from AuditEntry e where e.actor = :email or e.summary like :named"
                        + " or (e.entityType = 'Account' and e.entityId = :id) order by e.id", AuditEntry.class)
                .setParameter("email", email).setParameter("named", Like.containing(email))
                .setParameter("id", String.valueOf(accountId)).getResultList();
    }

    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }
}
