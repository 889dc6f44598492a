package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Measures the gradebook of a 40-trainee, 20-assignment course with every cell graded, on MariaDB, and prints the
 * time (no limit is asserted: the figure goes into the issue note). Submissions are written with JDBC batches so
 * that building the course does not dominate the run.
 */
class GradebookBenchmarkTest {

    private static final int TRAINEES = 40;
    private static final int ASSIGNMENTS = 20;
    private static final int RUNS = 5;

    @Test
    void gradebookOfFortyTraineesByTwentyAssignments() throws SQLException {
        try (TestDatabase db = TestDatabase.migrated()) {
            CourseFixture fixture = new CourseFixture(db, Clock.systemUTC(), Path.of("target", "benchmark-files"));
            String grader = "bench.faculty@example.org";
            Account faculty = fixture.person(grader, Role.FACULTY);
            Cohort cohort = fixture.cohort("Benchmark cohort");
            Course course = fixture.course(cohort, "Benchmark course", faculty);
            List<Long> trainees = new ArrayList<>();
            for (int t = 0; t < TRAINEES; t++) {
                Account trainee = fixture.person(String.format("bench%02d@example.org", t), Role.TRAINEE);
                fixture.enrol(cohort, trainee);
                trainees.add(trainee.getId());
            }
            LocalDateTime due = LocalDateTime.of(2026, 3, 1, 8, 0);
            List<Long> assignments = new ArrayList<>();
            for (int a = 0; a < ASSIGNMENTS; a++) {
                assignments.add(fixture.pointsAssignment(course, "Assignment " + a, 10, due.plusDays(a)).getId());
            }
            GradedWork.insert(db, trainees, assignments, faculty.getId(), 7);

            Gradebook gradebook = null;
            long[] millis = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                gradebook = fixture.gradebooks(g -> g.forCourse(grader, course.getId())).orElseThrow();
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            System.out.printf("Gradebook of %d trainees x %d assignments (%d graded submissions): first %d ms, then %s ms%n",
                    TRAINEES, ASSIGNMENTS, TRAINEES * ASSIGNMENTS, millis[0],
                    java.util.Arrays.toString(java.util.Arrays.copyOfRange(millis, 1, RUNS)));

            assertEquals(TRAINEES, gradebook.rows().size());
            assertEquals(ASSIGNMENTS, gradebook.columns().size());
            assertEquals(0, new BigDecimal(7 * ASSIGNMENTS).compareTo(gradebook.rows().get(0).total()));
        }
    }
}
