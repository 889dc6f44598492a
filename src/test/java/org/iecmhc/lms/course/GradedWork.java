package org.iecmhc.lms.course;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.testsupport.TestDatabase;

/** Graded submissions written with JDBC batches, so that building a benchmark's course does not dominate its run. */
public final class GradedWork {

    private GradedWork() {
    }

    /** Every trainee's work on every assignment, graded with the same points. */
    public static void insert(TestDatabase db, List<Long> trainees, List<Long> assignments, long grader, int points)
            throws SQLException {
        String sql = "insert into submission (assignment_id, trainee_id, status, last_submitted_at, late, points, graded_at,"
                + " grader_id) values (?, ?, 'GRADED', ?, false, ?, ?, ?)";
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 2, 1, 12, 0));
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long trainee : trainees) {
                for (long assignment : assignments) {
                    insert.setLong(1, assignment);
                    insert.setLong(2, trainee);
                    insert.setTimestamp(3, at);
                    insert.setInt(4, points);
                    insert.setTimestamp(5, at);
                    insert.setLong(6, grader);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
