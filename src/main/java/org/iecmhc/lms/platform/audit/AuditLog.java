package org.iecmhc.lms.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.persistence.Like;

/** Reading the audit log, newest first. There is deliberately no way to change or delete an entry. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize) {
        return search(filter, first, pageSize, true);
    }

    /** One page of the matching entries, by time: newest first, or oldest first. */
    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize, boolean newestFirst) {
        String order = newestFirst ? "e.occurredAt desc, e.id desc" : "e.occurredAt asc, e.id asc";
        return chosen(filter).page(em, "select e from AuditEntry e", order, AuditEntry.class, first, pageSize);
    }

    /** How many entries match, counted up to one above {@link Conditions#COUNT_LIMIT}: every change adds one. */
    public long count(AuditFilter filter) {
        return chosen(filter).countUpTo(em, "select e.id from AuditEntry e");
    }

    private static Conditions chosen(AuditFilter filter) {
        String actor = filter.hasActor() ? "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%" : null;
        // Accounts whose name or email matches stand for the person; text no account matches ("system", an erased
        // person's placeholder) is looked for in the actor itself.
        Conditions conditions = filter.actorEmails().isEmpty()
                ? Conditions.chosen().and("lower(e.actor) like :actor", "actor", actor)
                : Conditions.chosen().and("e.actor in :actors", "actors", filter.actorEmails());
        return conditions
                .and("e.entityType = :entityType", "entityType", filter.entityType())
                .and("e.entityId = :entityId", "entityId", filter.entityId() == null ? null : filter.entityId().trim())
                .and("e.action = :action", "action", filter.action())
                .and("e.occurredAt >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay())
                .and("e.occurredAt < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay());
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

    /** The audited record types by the name their entries carry, the simple name of the class (see AuditWriter). */
    public Map<String, Class<?>> recordTypes() {
        return em.getMetamodel().getEntities().stream().<Class<?>>map(EntityType::getJavaType)
                .filter(AuditedRecord.class::isAssignableFrom)
                .collect(Collectors.toMap(Class::getSimpleName, type -> type));
    }
}
