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
        return summary(from, to).calls();
    }

    public long uniqueInquiries(LocalDateTime from, LocalDateTime to) {
        return summary(from, to).uniqueInquiries();
    }

    /**
     * Every figure of the period in one pass over the received-at index. Unique inquiries are distinct callers:
     * every caller key counts once however often it called, and each call without a key counts as its own inquiry.
     */
    public CallSummary summary(LocalDateTime from, LocalDateTime to) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(distinct caller_key),"
                        + " coalesce(sum(case when caller_key is null then 1 else 0 end), 0),"
                        + " min(duration_minutes), max(duration_minutes),"
                        + " coalesce(sum(case when consultation_recommended then 1 else 0 end), 0)"
                        + " from helpline_call where received_at >= ? and received_at < ?")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return new CallSummary(number(row[0]), number(row[1]) + number(row[2]),
                row[3] == null ? null : number(row[3]).intValue(), row[4] == null ? null : number(row[4]).intValue(),
                number(row[5]));
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The helpline's figures of a period; the shortest and longest call are null when there was none. */
    public record CallSummary(long calls, long uniqueInquiries, Integer shortestMinutes, Integer longestMinutes,
                              long consultationRecommended) {
    }
}
