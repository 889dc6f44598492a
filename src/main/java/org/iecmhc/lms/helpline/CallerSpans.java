package org.iecmhc.lms.helpline;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * The bookkeeping behind counting distinct callers over any range of fiscal years without reading the callers: each
 * year a caller called in counts once under (that year, the caller's previous year with calls, 0 when none). The
 * callers of years a to b are then those counted under a year from a to b whose previous year is before a: every
 * caller exactly once, at their first year in the range.
 */
final class CallerSpans {

    /** The pair a caller is counted under for one year they called in. */
    record Span(int fiscalYear, int previousYear) implements Comparable<Span> {

        @Override
        public int compareTo(Span other) {
            int byYear = Integer.compare(fiscalYear, other.fiscalYear);
            return byYear != 0 ? byYear : Integer.compare(previousYear, other.previousYear);
        }
    }

    /** No previous year: lower than every fiscal year. */
    static final int NONE = 0;

    private CallerSpans() {
    }

    /** What one caller adds to each span when they called in these years. */
    static Map<Span, Long> of(SortedSet<Integer> years) {
        Map<Span, Long> spans = new HashMap<>();
        int previous = NONE;
        for (int year : years) {
            spans.put(new Span(year, previous), 1L);
            previous = year;
        }
        return spans;
    }

    /** How a caller's spans change when their years go from before to after; spans left unchanged are left out. */
    static Map<Span, Long> change(SortedSet<Integer> before, SortedSet<Integer> after) {
        Map<Span, Long> change = new HashMap<>(of(after));
        of(before).forEach((span, count) -> change.merge(span, -count, Long::sum));
        change.values().removeIf(count -> count == 0);
        return change;
    }
}
