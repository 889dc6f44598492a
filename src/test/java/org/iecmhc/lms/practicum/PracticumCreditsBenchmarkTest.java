package org.iecmhc.lms.practicum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.practicum.PracticumFixture.World;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Measures the practicum credits of a 40-trainee cohort with a year of log entries (6,000 rows) on MariaDB and
 * prints the time (no limit is asserted: the figure goes into docs/performance.md). The entries are written with
 * JDBC batches so that building the year does not dominate the run.
 */
class PracticumCreditsBenchmarkTest {

    private static final int TRAINEES = 40;
    private static final int ENTRIES_EACH = 150;
    private static final int RUNS = 5;

    @Test
    void creditsOfFortyTraineesWithAYearOfEntries() throws SQLException {
        try (TestDatabase db = TestDatabase.migrated()) {
            PracticumFixture fixture = new PracticumFixture(db);
            World w = fixture.world("bench");
            List<long[]> placed = new ArrayList<>();
            for (int t = 0; t < TRAINEES - 2; t++) {
                String email = String.format("bench%02d@example.org", t);
                long enrollment = fixture.enrol(w.cohortId(), email);
                long placement = fixture.place(w.faculty(), enrollment, w.providerId(), PracticumFixture.START, PracticumFixture.END);
                placed.add(new long[] {placement, fixture.in(s -> s.accounts().findByEmail(email).orElseThrow().getId())});
            }
            placed.add(new long[] {w.placement(), fixture.in(s -> s.accounts().findByEmail(w.trainee()).orElseThrow().getId())});
            placed.add(new long[] {w.otherPlacement(), fixture.in(s -> s.accounts().findByEmail(w.otherTrainee()).orElseThrow().getId())});
            insertEntries(db, placed);

            List<Credit> credits = List.of();
            long[] millis = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                credits = fixture.in(s -> s.practicumCredits().creditsIn(w.cohortId()));
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            System.out.printf("Practicum credits of %d trainees with %d entries each (%d rows): first %d ms, then %s ms%n",
                    TRAINEES, ENTRIES_EACH, TRAINEES * ENTRIES_EACH, millis[0],
                    Arrays.toString(Arrays.copyOfRange(millis, 1, RUNS)));

            assertEquals(TRAINEES * ENTRIES_EACH, credits.size());
            assertEquals(TRAINEES * ENTRIES_EACH / 3, credits.stream().filter(c -> c.state() == CreditState.EARNED).count());
        }
    }

    /** Every other day from the placement's start, a third of them in each state. */
    private static void insertEntries(TestDatabase db, List<long[]> placed) throws SQLException {
        String sql = "insert into practicum_log_entry (placement_id, trainee_id, logged_on, starts_at, minutes, activity,"
                + " status) values (?, ?, ?, ?, 90, 'OBSERVATION', ?)";
        EntryStatus[] states = EntryStatus.values();
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long[] placement : placed) {
                for (int e = 0; e < ENTRIES_EACH; e++) {
                    insert.setLong(1, placement[0]);
                    insert.setLong(2, placement[1]);
                    insert.setDate(3, Date.valueOf(PracticumFixture.START.plusDays(2L * e)));
                    insert.setTime(4, Time.valueOf(LocalTime.of(9, 0)));
                    insert.setString(5, states[e % states.length].name());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
