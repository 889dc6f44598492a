package org.iecmhc.lms.helpline;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Counts over the helpline calls of a range of whole fiscal years (July 1 to June 30, named by the year of their
 * July 1), read from the tallies {@link HelplineTallies} keeps: a few hundred rows per year, whatever the number
 * of calls.
 */
@ApplicationScoped
public class HelplineFigures {

    private EntityManager em;

    protected HelplineFigures() {
    }

    @Inject
    public HelplineFigures(EntityManager em) {
        this.em = em;
    }

    public long calls(int firstYear, int lastYear) {
        return summary(firstYear, lastYear).calls();
    }

    public long uniqueInquiries(int firstYear, int lastYear) {
        return summary(firstYear, lastYear).uniqueInquiries();
    }

    /**
     * Every figure of the years. Unique inquiries are distinct callers: every caller key counts once however often
     * it called, and each call without a key counts as its own inquiry. A caller counts at their first year in the
     * range, the one year whose previous year with calls lies before the range.
     */
    public CallSummary summary(int firstYear, int lastYear) {
        Object[] counts = (Object[]) em.createNativeQuery("select coalesce(sum(calls), 0),"
                        + " coalesce(sum(without_caller_key), 0), coalesce(sum(consultation_recommended), 0)"
                        + " from helpline_county_tally where fiscal_year between ? and ?")
                .setParameter(1, firstYear).setParameter(2, lastYear).getSingleResult();
        Object[] durations = (Object[]) em.createNativeQuery("select min(duration_minutes), max(duration_minutes)"
                        + " from helpline_duration_tally where fiscal_year between ? and ? and calls > 0")
                .setParameter(1, firstYear).setParameter(2, lastYear).getSingleResult();
        long callers = number(em.createNativeQuery("select coalesce(sum(callers), 0) from helpline_caller_span"
                        + " where fiscal_year between ? and ? and previous_year < ?")
                .setParameter(1, firstYear).setParameter(2, lastYear).setParameter(3, firstYear).getSingleResult());
        return new CallSummary(number(counts[0]), callers + number(counts[1]),
                durations[0] == null ? null : (int) number(durations[0]),
                durations[1] == null ? null : (int) number(durations[1]), number(counts[2]));
    }

    /** Calls per county FIPS code over the years; counties without calls left out. */
    public Map<String, Long> callsByCounty(int firstYear, int lastYear) {
        Map<String, Long> byCounty = new LinkedHashMap<>();
        for (Object result : em.createNativeQuery("select county_fips, sum(calls) from helpline_county_tally"
                        + " where fiscal_year between ? and ? group by county_fips having sum(calls) > 0 order by county_fips")
                .setParameter(1, firstYear).setParameter(2, lastYear).getResultList()) {
            Object[] row = (Object[]) result;
            byCounty.put(row[0].toString(), number(row[1]));
        }
        return byCounty;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The helpline's figures of a period; the shortest and longest call are null when there was none. */
    public record CallSummary(long calls, long uniqueInquiries, Integer shortestMinutes, Integer longestMinutes,
                              long consultationRecommended) {
    }
}
