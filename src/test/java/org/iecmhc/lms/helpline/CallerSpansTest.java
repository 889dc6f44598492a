package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.iecmhc.lms.helpline.CallerSpans.Span;
import org.junit.jupiter.api.Test;

/** The caller spans count every caller once in any range of years, however their years change. */
class CallerSpansTest {

    @Test
    void eachYearCountsUnderTheCallersPreviousYear() {
        assertEquals(Map.of(new Span(2021, 0), 1L, new Span(2023, 2021), 1L, new Span(2024, 2023), 1L),
                CallerSpans.of(new TreeSet<>(List.of(2024, 2021, 2023))));
    }

    @Test
    void aYearBetweenTwoOthersMovesTheLaterOnesPreviousYear() {
        assertEquals(Map.of(new Span(2023, 2021), -1L, new Span(2022, 2021), 1L, new Span(2023, 2022), 1L),
                CallerSpans.change(new TreeSet<>(List.of(2021, 2023)), new TreeSet<>(List.of(2021, 2022, 2023))));
        assertEquals(Map.of(new Span(2023, 2021), 1L, new Span(2022, 2021), -1L, new Span(2023, 2022), -1L),
                CallerSpans.change(new TreeSet<>(List.of(2021, 2022, 2023)), new TreeSet<>(List.of(2021, 2023))));
        assertEquals(Map.of(), CallerSpans.change(new TreeSet<>(List.of(2022)), new TreeSet<>(List.of(2022))));
    }

    /** Random callers gaining and losing years: the span sums always equal the distinct callers of every range. */
    @Test
    void spansCountTheDistinctCallersOfEveryRange() {
        Random random = new Random(7);
        Map<Integer, SortedSet<Integer>> callers = new HashMap<>();
        Map<Span, Long> spans = new HashMap<>();
        for (int step = 0; step < 2_000; step++) {
            int caller = random.nextInt(30);
            SortedSet<Integer> before = callers.getOrDefault(caller, new TreeSet<>());
            SortedSet<Integer> after = new TreeSet<>(before);
            int year = 2020 + random.nextInt(8);
            if (!after.remove(year)) {
                after.add(year);
            }
            callers.put(caller, after);
            CallerSpans.change(before, after).forEach((span, n) -> spans.merge(span, n, Long::sum));
            for (int first = 2019; first <= 2028; first++) {
                for (int last = first; last <= 2028; last++) {
                    assertEquals(distinct(callers, first, last), sum(spans, first, last), first + " to " + last);
                }
            }
        }
    }

    private static long distinct(Map<Integer, SortedSet<Integer>> callers, int first, int last) {
        Set<Integer> seen = new HashSet<>();
        callers.forEach((caller, years) -> {
            if (!years.subSet(first, last + 1).isEmpty()) {
                seen.add(caller);
            }
        });
        return seen.size();
    }

    private static long sum(Map<Span, Long> spans, int first, int last) {
        return spans.entrySet().stream()
                .filter(e -> e.getKey().fiscalYear() >= first && e.getKey().fiscalYear() <= last
                        && e.getKey().previousYear() < first)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
