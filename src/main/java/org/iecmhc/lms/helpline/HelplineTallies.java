package org.iecmhc.lms.helpline;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the summaries the impact figures read in step with helpline_call, in the transaction that changes the calls:
 * calls per county and fiscal year, calls per duration and fiscal year (for the shortest and longest), each caller
 * key's calls per fiscal year and the caller spans of {@link CallerSpans}. Counts change by increments (values() names
 * each row's increment in a multi-row insert), so concurrent saves of different callers never overwrite each other;
 * saves of the same caller wait for each other on that caller's helpline_caller row, taken first.
 *
 * <p>Caller keys are compared by the database, as count(distinct caller_key) compared them: a key typed in another
 * case (or, on MariaDB, with other accents) is the same caller, so the rows are always looked up by the key the
 * database already holds.
 */
final class HelplineTallies {

    /** Caller keys locked and read per statement, and rows per multi-row insert. */
    private static final int CHUNK = 2_000;

    private HelplineTallies() {
    }

    static void apply(TallyChange change, TallySql sql) throws SQLException {
        Map<String, Map<Integer, Long>> callers = change.callers();
        if (!callers.isEmpty()) {
            applyCallers(callers, sql);
        }
        List<Object[]> counties = new ArrayList<>();
        change.counties().forEach((county, n) -> counties.add(new Object[] {county.fiscalYear(), county.countyFips(),
                n[0], n[1], n[2]}));
        sql.insert("insert into helpline_county_tally (fiscal_year, county_fips, calls, consultation_recommended,"
                + " without_caller_key)", "calls = calls + values(calls),"
                + " consultation_recommended = consultation_recommended + values(consultation_recommended),"
                + " without_caller_key = without_caller_key + values(without_caller_key)", counties, CHUNK);
        List<Object[]> durations = new ArrayList<>();
        change.durations().forEach((duration, calls) -> durations.add(new Object[] {duration.fiscalYear(),
                duration.durationMinutes(), calls}));
        sql.insert("insert into helpline_duration_tally (fiscal_year, duration_minutes, calls)",
                "calls = calls + values(calls)", durations, CHUNK);
    }

    private static void applyCallers(Map<String, Map<Integer, Long>> typed, TallySql sql) throws SQLException {
        List<Object[]> totals = new ArrayList<>(typed.size());
        typed.forEach((key, years) -> totals.add(new Object[] {key, total(years)}));
        long[] affected = sql.insert("insert into helpline_caller (caller_key, calls)", "calls = calls + values(calls)",
                totals, CHUNK);

        Set<String> held = new HashSet<>();
        Map<String, Map<Integer, Long>> before = new HashMap<>();
        List<List<Object[]>> chunks = TallySql.chunks(totals, CHUNK);
        for (int i = 0; i < chunks.size(); i++) {
            List<String> keys = chunks.get(i).stream().map(row -> (String) row[0]).toList();
            if (allInserted(affected[i], chunks.get(i))) {
                // Keys the database held in no spelling, stored as typed just now: no years to read.
                held.addAll(keys);
                continue;
            }
            for (Object[] row : sql.rows("select c.caller_key, y.fiscal_year, y.calls from helpline_caller c"
                    + " left join helpline_caller_year y on y.caller_key = c.caller_key"
                    + " where c.caller_key in (" + TallySql.marks(keys.size()) + ") for update", keys)) {
                String key = (String) row[0];
                held.add(key);
                if (row[1] != null) {
                    before.computeIfAbsent(key, k -> new TreeMap<>()).put(((Number) row[1]).intValue(),
                            ((Number) row[2]).longValue());
                }
            }
        }
        Map<String, Map<Integer, Long>> changes = new TreeMap<>();
        for (Map.Entry<String, Map<Integer, Long>> caller : typed.entrySet()) {
            Map<Integer, Long> years = changes.computeIfAbsent(stored(caller.getKey(), held, sql), k -> new TreeMap<>());
            caller.getValue().forEach((year, calls) -> years.merge(year, calls, Long::sum));
        }

        Map<CallerSpans.Span, Long> spans = new TreeMap<>();
        List<Object[]> yearChanges = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        changes.forEach((key, years) -> {
            Map<Integer, Long> was = before.getOrDefault(key, Map.of());
            Map<Integer, Long> is = new TreeMap<>(was);
            years.forEach((year, calls) -> {
                is.merge(year, calls, Long::sum);
                yearChanges.add(new Object[] {key, year, calls});
                if (is.get(year) == 0) {
                    emptied.add(new Object[] {key, year});
                }
            });
            CallerSpans.change(called(was), called(is)).forEach((span, n) -> spans.merge(span, n, Long::sum));
        });
        sql.insert("insert into helpline_caller_year (caller_key, fiscal_year, calls)", "calls = calls + values(calls)",
                yearChanges, CHUNK);
        sql.batch("delete from helpline_caller_year where caller_key = ? and fiscal_year = ? and calls = 0", emptied);
        List<Object[]> lessCalls = new ArrayList<>();
        changes.forEach((key, years) -> {
            if (total(years) < 0) {
                lessCalls.add(new Object[] {key});
            }
        });
        sql.batch("delete from helpline_caller where caller_key = ? and calls = 0", lessCalls);

        List<Object[]> spanChanges = new ArrayList<>();
        spans.forEach((span, n) -> {
            if (n != 0) {
                spanChanges.add(new Object[] {span.fiscalYear(), span.previousYear(), n});
            }
        });
        sql.insert("insert into helpline_caller_span (fiscal_year, previous_year, callers)",
                "callers = callers + values(callers)", spanChanges, CHUNK);
    }

    /**
     * Whether every row was inserted, none found: MySQL, MariaDB and H2 count a row inserted once and a row changed
     * twice, and a non-zero increment always changes its row (one left as it was would count once).
     */
    private static boolean allInserted(long affected, List<Object[]> totals) {
        return affected == totals.size() && totals.stream().noneMatch(total -> (long) total[1] == 0);
    }

    private static long total(Map<Integer, Long> callsByYear) {
        long total = 0;
        for (long calls : callsByYear.values()) {
            total += calls;
        }
        return total;
    }

    /**
     * The key itself when the database holds it so; otherwise (another case or accent) the form it holds. Every
     * typed key has a helpline_caller row by now.
     */
    private static String stored(String key, Set<String> held, TallySql sql) throws SQLException {
        if (held.contains(key)) {
            return key;
        }
        return (String) sql.rows("select caller_key from helpline_caller where caller_key = ?", List.of(key)).get(0)[0];
    }

    private static SortedSet<Integer> called(Map<Integer, Long> callsByYear) {
        SortedSet<Integer> years = new TreeSet<>();
        callsByYear.forEach((year, calls) -> {
            if (calls > 0) {
                years.add(year);
            }
        });
        return years;
    }
}
