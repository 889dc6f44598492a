package org.iecmhc.lms.platform.privacy;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The person whose data is exported or erased: the account id (what records point at) and the email as it is
 * stored before any erasure (what the audit trail and uploads name).
 */
public record DataSubject(long accountId, String email) {

    /** What a query finds of the person's records, its {@code :id} standing for their account. */
    public <T> List<T> records(EntityManager em, String query, Class<T> type) {
        return em.createQuery(query, type).setParameter("id", accountId).getResultList();
    }

    /** How many of the person's records a count query finds, its {@code :id} standing for their account. */
    public long count(EntityManager em, String query) {
        return em.createQuery(query, Long.class).setParameter("id", accountId).getSingleResult();
    }

    /** The non-identifying email an anonymised account keeps: unique, and never deliverable ({@code .invalid}). */
    public String placeholderEmail() {
        return placeholderEmail(accountId);
    }

    public static String placeholderEmail(long accountId) {
        return "anonymised-" + accountId + "@anonymised.invalid";
    }

    /** The same for a record that held the address of someone without an account (a registration, a survey link). */
    public static String placeholderEmail(String record, long id) {
        return "anonymised-" + record + "-" + id + "@anonymised.invalid";
    }
}
