package org.iecmhc.lms.helpline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;

/**
 * Counts over the helpline calls of a range of whole fiscal years (July 1 to June 30, named by the year of their
 * July 1), read from the tallies {@link HelplineTallies} keeps: a few hundred rows per year, whatever the number
 * of calls.
 */
@ApplicationScoped
public class HelplineFigures {

    /**
     * The figures of a range of years (first and last year, bound three times, then the first again) in one row of
     * three one-row parts.
     */
    private static final String SUMMARY = "select c.calls, c.without_key, c.recommended, d.shortest, d.longest,"
            + " s.callers from"
            + " (select coalesce(sum(calls), 0) calls, coalesce(sum(without_caller_key), 0) without_key,"
            + " coalesce(sum(consultation_recommended), 0) recommended"
            + " from helpline_county_tally where fiscal_year between ? and ?) c cross join"
            + " (select min(duration_minutes) shortest, max(duration_minutes) longest"
            + " from helpline_duration_tally where fiscal_year between ? and ? and calls > 0) d cross join"
            + " (select coalesce(sum(callers), 0) callers from helpline_caller_span"
            + " where fiscal_year between ? and ? and previous_year < ?) s";

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
        return summaries(List.of(new FiscalYears(new FiscalYear(firstYear), new FiscalYear(lastYear)))).get(0);
    }

    /**
     * The figures of each range, in the order given, as {@link #summary} gives them, in one statement whatever the
     * number of ranges: the dashboard asks for a range and each of its years, and round trips, not the few rows read,
     * are what such a page spends its time on. Each range is a one-row part of its own, since unique callers do not
     * add up across years.
     */
    public List<CallSummary> summaries(List<FiscalYears> ranges) {
        UnionAll parts = new UnionAll();
        for (FiscalYears range : ranges) {
            int first = range.from().startYear();
            int last = range.to().startYear();
            parts.add(SUMMARY, List.of(first, last, first, last, first, last, first));
        }
        CallSummary[] summaries = new CallSummary[ranges.size()];
        for (Object[] row : parts.rows(em)) {
            summaries[UnionAll.part(row)] = new CallSummary(number(row[1]), number(row[6]) + number(row[2]),
                    row[4] == null ? null : (int) number(row[4]), row[5] == null ? null : (int) number(row[5]),
                    number(row[3]));
        }
        return List.of(summaries);
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
