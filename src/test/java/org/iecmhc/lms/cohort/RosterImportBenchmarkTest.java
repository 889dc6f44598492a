package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * How long a roster takes to check and import into MariaDB, each new person invited (a link and a queued mail).
 * Prints the figure (docs/performance.md): the wall time, and the importing thread's CPU time, which other builds on
 * the machine inflate less. No timing is asserted because the machines the tests run on differ too much. The suite
 * imports 500 people; the figure for 2,000 is measured on request:
 * {@code mvn test -Dtest=RosterImportBenchmarkTest -Dlms.benchmark.people=2000}.
 */
class RosterImportBenchmarkTest {

    private static final int PEOPLE = Integer.getInteger("lms.benchmark.people", 500);

    @Test
    void importALargeRoster() {
        try (TestDatabase db = TestDatabase.migrated()) {
            long warmUp = CohortFixture.cohort(db, "Warm-up", 10);
            inTransaction(db, s -> s.roster().importRoster(warmUp, CohortFixture.generatedRoster("warm", 10)));
            long cohort = CohortFixture.cohort(db, "Benchmark", PEOPLE);
            String csv = CohortFixture.generatedRoster("bench", PEOPLE);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int imported = inTransaction(db, s -> s.roster().importRoster(cohort, csv));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

            assertEquals(PEOPLE, imported);
            System.out.printf("BENCHMARK roster import: %d people (new accounts, profiles, enrollments, invitations) in %d ms,"
                    + " %d ms of the importing thread's CPU%n", imported, millis, cpuMillis);
        }
    }
}
