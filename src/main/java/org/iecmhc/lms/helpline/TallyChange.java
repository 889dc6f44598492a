package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * The changes a save makes to the helpline tallies, summed in memory so that an import of a hundred thousand calls
 * touches each tally row once. Summed in hash maps, cheaper per call than sorted ones, and handed out sorted: every
 * transaction then locks rows in the same order.
 */
final class TallyChange {

    /** Calls, consultation-recommended calls and calls without a caller key. */
    private final Map<CountyYear, long[]> counties = new HashMap<>();
    private final Map<DurationYear, Long> durations = new HashMap<>();
    private final Map<String, Map<Integer, Long>> callers = new HashMap<>();
    /** The fiscal year of the last call counted, and when it starts and ends: an import's calls come a year at a time. */
    private FiscalYear year;
    private LocalDateTime yearStarts;
    private LocalDateTime yearEnds;

    void add(TalliedCall call) {
        change(call, 1);
    }

    void remove(TalliedCall call) {
        change(call, -1);
    }

    private void change(TalliedCall call, int sign) {
        int year = fiscalYear(call.receivedAtUtc());
        long[] county = counties.computeIfAbsent(new CountyYear(year, call.countyFips()), k -> new long[3]);
        county[0] += sign;
        county[1] += call.consultationRecommended() ? sign : 0;
        county[2] += call.callerKey() == null ? sign : 0;
        durations.merge(new DurationYear(year, call.durationMinutes()), (long) sign, Long::sum);
        if (call.callerKey() != null) {
            callers.computeIfAbsent(call.callerKey(), k -> new HashMap<>()).merge(year, (long) sign, Long::sum);
        }
    }

    private int fiscalYear(LocalDateTime receivedAtUtc) {
        if (year == null || receivedAtUtc.isBefore(yearStarts) || !receivedAtUtc.isBefore(yearEnds)) {
            year = FiscalYear.ofUtc(receivedAtUtc);
            yearStarts = year.startUtc();
            yearEnds = year.next().startUtc();
        }
        return year.startYear();
    }

    /** Per county and year: calls, recommended, without key; those whose counts do not change left out. */
    Map<CountyYear, long[]> counties() {
        Map<CountyYear, long[]> changed = new TreeMap<>(counties);
        changed.values().removeIf(counts -> counts[0] == 0 && counts[1] == 0 && counts[2] == 0);
        return changed;
    }

    Map<DurationYear, Long> durations() {
        Map<DurationYear, Long> changed = new TreeMap<>(durations);
        changed.values().removeIf(calls -> calls == 0);
        return changed;
    }

    /** Per caller key as typed, the change of their calls in each fiscal year; unchanged ones left out. */
    Map<String, Map<Integer, Long>> callers() {
        Map<String, Map<Integer, Long>> changed = new TreeMap<>();
        callers.forEach((key, years) -> {
            Map<Integer, Long> nonZero = new TreeMap<>(years);
            nonZero.values().removeIf(calls -> calls == 0);
            if (!nonZero.isEmpty()) {
                changed.put(key, nonZero);
            }
        });
        return changed;
    }

    record CountyYear(int fiscalYear, String countyFips) implements Comparable<CountyYear> {

        @Override
        public int compareTo(CountyYear other) {
            int byYear = Integer.compare(fiscalYear, other.fiscalYear);
            return byYear != 0 ? byYear : countyFips.compareTo(other.countyFips);
        }
    }

    record DurationYear(int fiscalYear, int durationMinutes) implements Comparable<DurationYear> {

        @Override
        public int compareTo(DurationYear other) {
            int byYear = Integer.compare(fiscalYear, other.fiscalYear);
            return byYear != 0 ? byYear : Integer.compare(durationMinutes, other.durationMinutes);
        }
    }
}
