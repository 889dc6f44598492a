package org.iecmhc.lms.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The scale data set at a thousandth of its size (with the loader's minimum counts): the loader migrates an empty
 * database itself, writes the counts docs/performance.md promises (scaled), gives every account the documented
 * password, and refuses a database that already holds records.
 */
class ScaleDataSetPersistenceTest {

    @Test
    void fillsAnEmptyDatabaseThenRefusesToFillItAgain() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            ScaleSettings settings = new ScaleSettings(db.jdbcUrl(), db.user(), db.password(), 0.001, false);
            ScaleDataSet.load(db.dataSource(), settings);

            assertEquals(58, count(db, "select count(*) from county"));
            assertEquals(100, count(db, "select count(*) from provider"));
            assertEquals(1_000, count(db, "select count(*) from helpline_call"));
            // Fiscal years 2021-2022 to 2025-2026 in California time: midnight of July 1 is 07:00 UTC.
            assertEquals(0, count(db, "select count(*) from helpline_call where received_at < '2021-07-01 07:00:00'"
                    + " or received_at >= '2026-07-01 07:00:00'"));
            // The bulk load bypassed the helpline's services, so its tallies must have been counted afresh.
            assertEquals(1_000, count(db, "select coalesce(sum(calls), 0) from helpline_county_tally"));
            assertEquals(count(db, "select count(distinct caller_key) from helpline_call"),
                    count(db, "select coalesce(sum(callers), 0) from helpline_caller_span where previous_year = 0"));
            assertEquals(20, count(db, "select count(*) from open_door_attendance"));
            assertEquals(2, count(db, "select count(*) from support_series"));
            assertEquals(30, count(db, "select count(*) from consultation_assignment"));
            assertEquals(2, count(db, "select count(*) from cohort"));
            assertEquals(80, count(db, "select count(*) from enrollment e join trainee_profile p on p.account_id = e.trainee_id"));
            assertEquals(count(db, "select count(*) from enrollment where status = 'COMPLETED'"),
                    count(db, "select count(*) from completion_certificate"));
            assertTrue(count(db, "select count(*) from enrollment where status = 'ENROLLED'") > 0, "a cohort under way");
            for (String table : new String[] {"submission", "supervision_invitation", "practice_attendance",
                    "practicum_log_entry", "competency_evaluation", "course_evaluation_response"}) {
                assertTrue(count(db, "select count(*) from " + table) > 0, table);
            }
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                 ResultSet hash = statement.executeQuery("select password_hash from account where email = '"
                         + ScaleAccounts.administrator(1) + "'")) {
                hash.next();
                assertTrue(new PasswordHasher().matches(ScaleAccounts.PASSWORD, hash.getString(1)));
            }

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ScaleDataSet.load(db.dataSource(), settings));
            assertTrue(refused.getMessage().contains("-Dlms.scale.replace=true"), refused.getMessage());
            assertEquals(1_000, count(db, "select count(*) from helpline_call"));
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
