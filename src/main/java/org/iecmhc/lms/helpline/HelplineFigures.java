package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Counts over helpline calls received in a period (UTC, start inclusive, end exclusive). */
@ApplicationScoped
public class HelplineFigures {

    private EntityManager em;

    protected HelplineFigures() {
    }

    @Inject
    public HelplineFigures(EntityManager em) {
        this.em = em;
    }

    public long calls(LocalDateTime from, LocalDateTime to) {
        return ((Number) em.createNativeQuery("select count(*) from helpline_call where received_at >= ? and received_at < ?")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();
    }

    /**
     * Distinct callers: every caller key counts once however often it called, and each call without a key
     * counts as its own inquiry.
     */
    public long uniqueInquiries(LocalDateTime from, LocalDateTime to) {
        Object[] row = (Object[]) em.createNativeQuery("select count(distinct caller_key),"
                        + " coalesce(sum(case when caller_key is null then 1 else 0 end), 0)"
                        + " from helpline_call where received_at >= ? and received_at < ?")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return ((Number) row[0]).longValue() + ((Number) row[1]).longValue();
    }
}
