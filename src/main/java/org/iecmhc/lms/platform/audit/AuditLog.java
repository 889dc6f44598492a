package org.iecmhc.lms.platform.audit;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.persistence.Like;

/** Reading the audit log, newest first. There is deliberately no way to change or delete an entry. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize) {
        return chosen(filter).page(em, "select e from AuditEntry e", "e.occurredAt desc, e.id desc", AuditEntry.class,
                first, pageSize);
    }

    /** How many entries match, counted up to one above {@link Conditions#COUNT_LIMIT}: every change adds one. */
    public long count(AuditFilter filter) {
        return chosen(filter).countUpTo(em, "select e.id from AuditEntry e");
    }

    private static Conditions chosen(AuditFilter filter) {
        return Conditions.chosen()
                .and("lower(e.actor) like :actor", "actor",
                        filter.hasActor() ? "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%" : null)
                .and("e.entityType = :entityType", "entityType", filter.entityType())
                .and("e.action = :action", "action", filter.action());
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
