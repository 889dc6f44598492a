package org.iecmhc.lms.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the loader wrote, table by table, and how long each step took; printed as it goes. */
final class LoadLog {

    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private long stepStarted;
    private String step;

    void begin(String name) {
        step = name;
        stepStarted = System.nanoTime();
        System.out.printf("[scale] %-28s ...%n", name);
    }

    void end() {
        System.out.printf("[scale] %-28s done in %s (%s since start)%n", step, seconds(stepStarted), seconds(started));
    }

    void rows(String table, long count) {
        rows.merge(table, count, Long::sum);
        System.out.printf("[scale]   %-30s %,12d rows  (step at %s)%n", table, count, seconds(stepStarted));
    }

    void progress(String table, long count, long of) {
        System.out.printf("[scale]   %-30s %,12d of %,d (%s)%n", table, count, of, seconds(stepStarted));
    }

    void summary() {
        System.out.println("[scale] Rows written per table:");
        rows.forEach((table, count) -> System.out.printf("[scale]   %-30s %,12d%n", table, count));
        System.out.printf("[scale] %,d rows in %s%n", rows.values().stream().mapToLong(Long::longValue).sum(),
                seconds(started));
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }
}
