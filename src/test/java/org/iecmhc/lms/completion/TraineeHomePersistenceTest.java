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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
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
import org.iecmhc.lms.course.HomeSummary;
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
 * A trainee's home page costs the same statements whether their cohort has 5 trainees or 50 (issue 17, point 3):
 * their progress is computed from their own records, not the whole cohort's. The home page's service calls are made
 * as its views make them, each view in the order the page renders it, with every credit source of the application.
 */
class TraineeHomePersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));
    private static final String FACULTY = "home.faculty@example.org";

    private TestDatabase db;
    private long faculty;
    private long cohortId;
    private long assignment;
    private final List<YearOfRecords.Trainee> trainees = new ArrayList<>();
    private final YearOfRecords year = new YearOfRecords();

    @BeforeEach
    void cohortWithACourse() {
        db = TestDatabase.migrated();
        faculty = db.inTransaction(em -> services(em).accounts().create(new AccountDetails(FACULTY, "Home", "Faculty",
                Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
        cohortId = db.inTransaction(em -> services(em).cohorts().create(new CohortDetails("Home cohort",
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

    /** Before issue 17's point 3: 32 statements, of which 17 for the progress, the same for 5 and 50 trainees. */
    @Test
    void theHomeOfATraineeInACohortOfFiftyCostsNoMoreStatementsThanInACohortOfFive() {
        db.statements().assertConstantAsRowsGrow("Trainee home (calendar, cohort, courses, due, graded, progress)", 13,
                this::enrolUpTo, this::viewHome);
    }

    /** One query for the trainee's enrollments and certificates, one per credit source; 17 when the cohort was read. */
    @Test
    void theTraineesOwnProgressCostsOneStatementPerCreditSourceAndOne() {
        db.statements().assertConstantAsRowsGrow("Trainee home: own progress", 6, this::enrolUpTo, this::viewProgress);
    }

    @Test
    void everyTraineesOwnProgressIsTheirRowOfTheBoard() {
        enrolUpTo(50);
        db.inTransaction(em -> {
            Completions completions = completions(em);
            List<Progress> board = completions.board(new Viewer(FACULTY, false), cohortId).orElseThrow();
            assertEquals(50, board.size());
            for (int t = 0; t < trainees.size(); t++) {
                long enrollment = trainees.get(t).enrollmentId();
                Progress row = board.stream().filter(p -> p.getEnrollmentId() == enrollment).findFirst().orElseThrow();
                assertEquals(row, completions.progressesOf(email(t)).get("Home cohort"), email(t));
            }
            return board;
        });
    }

    /** Each view's call in a persistence context of its own, as on the server, where the page runs in no transaction. */
    private void viewHome() {
        long me = trainees.get(0).accountId();
        String email = email(0);
        LocalDate today = LocalDate.of(2026, 6, 15);
        db.inTransaction(em -> services(em).supervisionCalendar().entriesFor(me, Locale.ENGLISH, today, today.plusDays(14)));
        db.inTransaction(em -> services(em).practiceCalendar().entriesFor(me, Locale.ENGLISH, today, today.plusDays(14)));
        assertEquals(List.of("Home cohort"), db.inTransaction(em -> summary(em).cohortsOf(email)));
        assertEquals(1, db.inTransaction(em -> summary(em).coursesOfTrainee(email)).size());
        db.inTransaction(em -> summary(em).dueNext(email));
        assertEquals(1, db.inTransaction(em -> summary(em).recentlyGraded(email)).size());
        viewProgress();
    }

    private static HomeSummary summary(EntityManager em) {
        return services(em).homeSummary();
    }

    private void viewProgress() {
        db.inTransaction(this::checkedProgress);
    }

    private Progress checkedProgress(EntityManager em) {
        Map<String, Progress> mine = completions(em).progressesOf(email(0));
        assertEquals(Set.of("Home cohort"), mine.keySet());
        Progress progress = mine.get("Home cohort");
        YearOfRecords.Earned earned = year.earnedBy(trainees.get(0).accountId());
        assertEquals(earned.evaluated(), progress.isFinalEvaluationDone());
        assertEquals(new BigDecimal("1.00"), progress.getCoursesPassed());
        return progress;
    }

    private void enrolUpTo(int count) {
        List<YearOfRecords.Trainee> added = new ArrayList<>();
        for (int t = trainees.size(); t < count; t++) {
            String email = email(t);
            added.add(db.inTransaction(em -> {
                Enrollment enrollment = services(em).enrollments().enrol(cohortId, email, "Home", email, Language.EN,
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

    private static String email(int trainee) {
        return String.format("home%02d@example.org", trainee);
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
