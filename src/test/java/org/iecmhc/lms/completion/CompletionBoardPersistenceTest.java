package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradedWork;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cohort's completion board costs the same few statements however many trainees the cohort has, with every credit
 * source of the application reading its own records (issue 17; a trainee's own progress: TraineeHomePersistenceTest).
 */
class CompletionBoardPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));
    private static final String FACULTY = "board.faculty@example.org";

    private TestDatabase db;
    private long faculty;
    private long cohortId;
    private long assignment;
    private final List<YearOfRecords.Trainee> trainees = new ArrayList<>();
    private final YearOfRecords year = new YearOfRecords();

    @BeforeEach
    void cohortWithACourse() {
        db = TestDatabase.migrated();
        faculty = db.inTransaction(em -> services(em).accounts().create(new AccountDetails(FACULTY, "Board", "Faculty",
                Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
        cohortId = db.inTransaction(em -> services(em).cohorts().create(new CohortDetails("Board cohort",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 60), CohortStatus.ACTIVE,
                new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true), Set.of(faculty))).getId();
        long course = db.inTransaction(em -> services(em).courses().create(cohortId, new CourseDetails("Foundations",
                "The model.", null, null, true, 70), faculty)).getId();
        assignment = db.inTransaction(em -> services(em).courses().saveAssignment(course, null, null,
                new AssignmentDetails("Essay", "Write it.", LocalDateTime.of(2026, 1, 10, 12, 0), GradingKind.POINTS, 10,
                        List.of()))).getId();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theBoardOfFiftyTraineesCostsNoMoreStatementsThanTheBoardOfFive() {
        db.statements().assertConstantAsRowsGrow("Completion board (cohorts, board, every credit source)", 16,
                this::enrolUpTo, this::viewBoard);
    }

    private void viewBoard() {
        db.inTransaction(em -> {
            Completions completions = completions(em);
            Viewer viewer = new Viewer(FACULTY, false);
            assertEquals(1, completions.cohortsFollowedBy(viewer).size());
            List<Progress> board = completions.board(viewer, cohortId).orElseThrow();
            assertEquals(trainees.size(), board.size());
            for (Progress row : board) {
                YearOfRecords.Earned earned = year.earnedBy(row.member().traineeId());
                assertEquals(earned.evaluated(), row.isFinalEvaluationDone(), row.getTraineeName());
                assertEquals(new BigDecimal("1.00"), row.getCoursesPassed(), row.getTraineeName());
            }
            return board;
        });
    }

    private void enrolUpTo(int count) {
        List<YearOfRecords.Trainee> added = new ArrayList<>();
        for (int t = trainees.size(); t < count; t++) {
            String email = String.format("board%02d@example.org", t);
            added.add(db.inTransaction(em -> {
                Enrollment enrollment = services(em).enrollments().enrol(cohortId, email, "Board", email, Language.EN,
                        EnrollmentStatus.ENROLLED);
                return new YearOfRecords.Trainee(enrollment.getTrainee().getId(), enrollment.getId());
            }));
        }
        try {
            GradedWork.insert(db, added.stream().map(YearOfRecords.Trainee::accountId).toList(), List.of(assignment),
                    faculty, 8);
            year.insert(db, cohortId, faculty, added);
        } catch (SQLException e) {
            throw new IllegalStateException("The records could not be stored", e);
        }
        trainees.addAll(added);
    }

    private static Completions completions(EntityManager em) {
        Services services = services(em);
        return services.completion(List.of(services.courseCredits(), services.supervisionCredits(),
                services.practiceCredits(), services.practicumCredits(), services.finalEvaluationCredits()));
    }

    private static Services services(EntityManager em) {
        return Services.on(em, CLOCK);
    }
}
