package org.iecmhc.lms.completion;

import static org.iecmhc.lms.completion.CohortOfRecords.completions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cohort's completion board costs the same few statements however many trainees the cohort has, with every credit
 * source of the application reading its own records (issue 17; a trainee's own progress: TraineeHomePersistenceTest).
 */
class CompletionBoardPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final CohortOfRecords cohort = new CohortOfRecords(db, "Board");

    /**
     * The cohort list, the board, the column credit sources together (all but the course source), the course source;
     * 7 with one statement per source.
     */
    @Test
    void theBoardOfFiftyTraineesCostsNoMoreStatementsThanTheBoardOfFive() {
        db.statements().assertConstantAsRowsGrow("Completion board (cohorts, board, every credit source)", 4,
                cohort::enrolUpTo, this::viewBoard);
    }

    private void viewBoard() {
        db.inTransaction(em -> {
            Completions completions = completions(em);
            Viewer viewer = new Viewer(cohort.facultyEmail(), false);
            assertEquals(1, completions.cohortsFollowedBy(viewer).size());
            List<Progress> board = completions.board(viewer, cohort.cohortId()).orElseThrow();
            assertEquals(cohort.trainees().size(), board.size());
            for (Progress row : board) {
                YearOfRecords.Earned earned = cohort.earnedBy(row.member().traineeId());
                assertEquals(earned.evaluated(), row.isFinalEvaluationDone(), row.getTraineeName());
                assertEquals(new BigDecimal("1.00"), row.getCoursesPassed(), row.getTraineeName());
            }
            return board;
        });
    }
}
