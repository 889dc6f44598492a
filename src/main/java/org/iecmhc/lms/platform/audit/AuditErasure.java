package org.iecmhc.lms.platform.audit;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.Like;
import org.iecmhc.lms.platform.privacy.DataSubject;

/**
 * The one change the audit log ever accepts: when a person is anonymised, their email is replaced by the
 * placeholder in the entries that name them (as the actor, in the summary or among the changes), so that the trail
 * keeps every change, its time and its record but no longer says who the person was. The database's triggers refuse
 * any other change (see V18, V40 and docs/privacy.md).
 */
@ApplicationScoped
public class AuditErasure {

    @Inject
    EntityManager em;

    /** Runs inside the anonymisation's transaction, after every feature has erased its part. */
    public void forget(DataSubject person, String anonymisedBy, LocalDateTime at) {
        // The features' changes must reach the database (and write their own entries) before the trail is cleaned.
        em.flush();
        String placeholder = person.placeholderEmail();
        em.createNativeQuery("update audit_entry set actor = ? where actor = ?")
                .setParameter(1, placeholder).setParameter(2, person.email()).executeUpdate();
        em.createNativeQuery("update audit_entry set summary = replace(summary, ?, ?) where lower(summary) like ?")
                .setParameter(1, person.email()).setParameter(2, placeholder)
                .setParameter(3, Like.containing(person.email())).executeUpdate();
        em.createNativeQuery("update audit_entry set changes = replace(changes, ?, ?) where lower(changes) like ?")
                .setParameter(1, person.email()).setParameter(2, placeholder)
                .setParameter(3, Like.containing(person.email())).executeUpdate();
        em.createNativeQuery("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary)"
                        + " values (?, ?, ?, 'Account', ?, ?)")
                .setParameter(1, at).setParameter(2, anonymisedBy).setParameter(3, AuditAction.ANONYMISE.name())
                .setParameter(4, String.valueOf(person.accountId())).setParameter(5, placeholder)
                .executeUpdate();
    }
}
