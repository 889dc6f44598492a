package org.iecmhc.lms.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Cohorts and enrollments written straight into the running application's database, for browser tests of
 * features that need them before the cohort pages exist on the branch.
 */
public final class CohortRows {

    private CohortRows() {
    }

    /** A new active cohort; answers its id. */
    public static long activeCohort(String name) {
        String sql = "insert into cohort (name, start_date, end_date, language, capacity, status) values (?, ?, ?, 'EN', 30, 'ACTIVE')";
        try (Connection connection = RunningApplication.database().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setDate(2, Date.valueOf(LocalDate.now().minusMonths(1)));
            insert.setDate(3, Date.valueOf(LocalDate.now().plusMonths(11)));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enrols the account with this email in the cohort. */
    public static void enrol(long cohortId, String email) {
        String sql = "insert into enrollment (cohort_id, trainee_id, status, applied_on, enrolled_on)"
                + " select ?, id, 'ENROLLED', ?, ? from account where email = ?";
        try (Connection connection = RunningApplication.database().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, cohortId);
            insert.setDate(2, Date.valueOf(LocalDate.now()));
            insert.setDate(3, Date.valueOf(LocalDate.now()));
            insert.setString(4, email);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("No account " + email);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
