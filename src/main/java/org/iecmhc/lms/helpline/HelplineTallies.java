package org.iecmhc.lms.helpline;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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
        add(sql, "insert into helpline_county_tally (fiscal_year, county_fips, calls, consultation_recommended,"
                + " without_caller_key)", "calls = calls + values(calls),"
                + " consultation_recommended = consultation_recommended + values(consultation_recommended),"
                + " without_caller_key = without_caller_key + values(without_caller_key)", counties);
        List<Object[]> durations = new ArrayList<>();
        change.durations().forEach((duration, calls) -> durations.add(new Object[] {duration.fiscalYear(),
                duration.durationMinutes(), calls}));
        add(sql, "insert into helpline_duration_tally (fiscal_year, duration_minutes, calls)",
                "calls = calls + values(calls)", durations);
    }

    private static void applyCallers(Map<String, Map<Integer, Long>> typed, TallySql sql) throws SQLException {
        Set<String> held = new HashSet<>();
        Map<String, Map<Integer, Long>> before = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(typed.keySet()))) {
            List<Object[]> totals = new ArrayList<>(chunk.size());
            for (String key : chunk) {
                totals.add(new Object[] {key, typed.get(key).values().stream().mapToLong(Long::longValue).sum()});
            }
            long affected = add(sql, "insert into helpline_caller (caller_key, calls)", "calls = calls + values(calls)",
                    totals);
            if (allInserted(affected, totals)) {
                // Keys the database did not hold in any form, stored as typed just now: no years to read.
                held.addAll(chunk);
                continue;
            }
            for (Object[] row : sql.rows("select c.caller_key, y.fiscal_year, y.calls from helpline_caller c"
                    + " left join helpline_caller_year y on y.caller_key = c.caller_key"
                    + " where c.caller_key in (" + marks(chunk.size()) + ") for update", chunk)) {
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
        add(sql, "insert into helpline_caller_year (caller_key, fiscal_year, calls)", "calls = calls + values(calls)",
                yearChanges);
        sql.batch("delete from helpline_caller_year where caller_key = ? and fiscal_year = ? and calls = 0", emptied);
        List<Object[]> lessCalls = new ArrayList<>();
        changes.forEach((key, years) -> {
            if (years.values().stream().mapToLong(Long::longValue).sum() < 0) {
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
        add(sql, "insert into helpline_caller_span (fiscal_year, previous_year, callers)",
                "callers = callers + values(callers)", spanChanges);
    }

    /**
     * Whether every row was inserted, none found: MySQL, MariaDB and H2 count a row inserted once and a row changed
     * twice, and a non-zero increment always changes its row (one left as it was would count once).
     */
    private static boolean allInserted(long affected, List<Object[]> totals) {
        return affected == totals.size() && totals.stream().noneMatch(total -> (long) total[1] == 0);
    }

    /**
     * Inserts the rows into the columns the insert names or, where the table has a row of the same key, updates it
     * so: {@value #CHUNK} rows to a statement, which the database parses once, and much less work for the driver than
     * as many bound batch rows. Answers the rows affected.
     */
    private static long add(TallySql sql, String insert, String update, List<Object[]> rows) throws SQLException {
        long affected = 0;
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Object[]> part = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>(part.size() * part.get(0).length);
            for (Object[] row : part) {
                Collections.addAll(parameters, row);
            }
            String values = String.join(", ", Collections.nCopies(part.size(), "(" + marks(part.get(0).length) + ")"));
            affected += sql.update(insert + " values " + values + " on duplicate key update " + update, parameters);
        }
        return affected;
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

    private static List<List<String>> chunks(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += CHUNK) {
            chunks.add(keys.subList(start, Math.min(keys.size(), start + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
