package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.iecmhc.lms.platform.persistence.SchemaMigration;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * V25 moves the enrollments written before effective dates into their cohort's fiscal year: the stored demo's past
 * cohort, enrolled and completed "today", and rows that were already right.
 */
class EnrollmentDatesMigrationPersistenceTest {

    @Test
    void enrollmentsDatedByTheClickMoveIntoTheirCohortsDates() throws SQLException {
        TestDatabase db = TestDatabase.empty();
        try {
            // A database of the last release (V19); what came after it runs with the rows in, as on an upgrade.
            Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration", "classpath:db/migration-mysql").target("19").load().migrate();
            Sql.execute(db.dataSource(), "insert into account (id, email, first_name, last_name, password_hash, created_at)"
                    + " values (1, 'a@example.org', 'A', 'A', 'x', '2026-12-06 10:00:00'),"
                    + " (2, 'b@example.org', 'B', 'B', 'x', '2026-12-06 10:00:00'),"
                    + " (3, 'c@example.org', 'C', 'C', 'x', '2026-12-06 10:00:00'),"
                    + " (4, 'd@example.org', 'D', 'D', 'x', '2026-12-06 10:00:00')");
            Sql.execute(db.dataSource(), "insert into cohort (id, name, start_date, end_date, language, capacity, status) values"
                    + " (1, '2024-2025', '2024-09-01', '2025-06-30', 'EN', 25, 'CLOSED'),"
                    + " (2, '2026-2027', '2026-09-01', '2027-06-30', 'EN', 25, 'ACTIVE')");
            Sql.execute(db.dataSource(), "insert into enrollment (id, cohort_id, trainee_id, status, applied_on, enrolled_on,"
                    + " withdrawn_on, ended_on) values"
                    + " (1, 1, 1, 'COMPLETED', '2026-12-06', '2026-12-06', null, '2026-12-06'),"
                    + " (2, 1, 2, 'NOT_COMPLETED', '2026-12-06', '2026-12-06', null, '2026-12-06'),"
                    + " (3, 1, 3, 'COMPLETED', '2024-08-01', '2024-10-15', null, '2025-06-10'),"
                    + " (4, 2, 4, 'ENROLLED', '2026-07-20', '2026-07-20', null, null),"
                    + " (5, 2, 1, 'APPLIED', '2026-08-01', null, null, null),"
                    + " (6, 1, 4, 'WITHDRAWN', '2026-12-06', '2026-12-06', '2026-12-06', null)");

            SchemaMigration.migrate(db.dataSource());

            assertEquals(List.of(
                    Arrays.asList("1", "2024-09-01", "2024-09-01", "2025-06-30"),
                    Arrays.asList("2", "2024-09-01", "2024-09-01", "2025-06-30"),
                    Arrays.asList("3", "2024-08-01", "2024-10-15", "2025-06-10"),
                    Arrays.asList("4", "2026-07-20", "2026-09-01", null),
                    Arrays.asList("5", "2026-08-01", null, null),
                    Arrays.asList("6", "2024-09-01", "2024-09-01", null)),
                    Sql.rows(db.dataSource(), "select id, applied_on, enrolled_on, ended_on from enrollment order by id"));
        } finally {
            db.close();
        }
    }
}
