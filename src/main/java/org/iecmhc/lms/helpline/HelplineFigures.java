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

    @Inject
    EntityManager em;

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
        // One statement of three one-row parts: the dashboard asks for a range and each of its years, and round
        // trips, not the few rows read, are what such a page spends its time on.
        Object[] row = (Object[]) em.createNativeQuery("select c.calls, c.without_key, c.recommended, d.shortest,"
                        + " d.longest, s.callers from"
                        + " (select coalesce(sum(calls), 0) calls, coalesce(sum(without_caller_key), 0) without_key,"
                        + " coalesce(sum(consultation_recommended), 0) recommended"
                        + " from helpline_county_tally where fiscal_year between ? and ?) c cross join"
                        + " (select min(duration_minutes) shortest, max(duration_minutes) longest"
                        + " from helpline_duration_tally where fiscal_year between ? and ? and calls > 0) d cross join"
                        + " (select coalesce(sum(callers), 0) callers from helpline_caller_span"
                        + " where fiscal_year between ? and ? and previous_year < ?) s")
                .setParameter(1, firstYear).setParameter(2, lastYear)
                .setParameter(3, firstYear).setParameter(4, lastYear)
                .setParameter(5, firstYear).setParameter(6, lastYear).setParameter(7, firstYear).getSingleResult();
        return new CallSummary(number(row[0]), number(row[5]) + number(row[1]),
                row[3] == null ? null : (int) number(row[3]), row[4] == null ? null : (int) number(row[4]),
                number(row[2]));
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
