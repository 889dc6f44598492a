package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * How long a 2,000-line roster takes to check and import into MariaDB. Prints the figure (see docs and the issue
 * note); no timing is asserted because the machines the tests run on differ too much.
 */
class RosterImportBenchmarkTest {

    private static final int PEOPLE = 2000;

    @Test
    void importTwoThousandPeople() {
        try (TestDatabase db = TestDatabase.migrated()) {
            long warmUp = CohortFixture.cohort(db, "Warm-up", 10);
            inTransaction(db, s -> s.roster().importRoster(warmUp, CohortFixture.generatedRoster("warm", 10)));
            long cohort = CohortFixture.cohort(db, "Benchmark", PEOPLE);
            String csv = CohortFixture.generatedRoster("bench", PEOPLE);

            long start = System.nanoTime();
            int imported = inTransaction(db, s -> s.roster().importRoster(cohort, csv));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(PEOPLE, imported);
            System.out.printf("BENCHMARK roster import: %d people (new accounts, profiles, enrollments) in %d ms%n",
                    imported, millis);
        }
    }
}
