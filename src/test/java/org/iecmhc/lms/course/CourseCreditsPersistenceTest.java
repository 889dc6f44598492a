package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Courses passed as completion credits, read off the gradebooks of the cohort's required courses. */
class CourseCreditsPersistenceTest {

    private static TestDatabase db;
    private static CourseFixture fixture;

    @BeforeAll
    static void database() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, Clock.systemUTC(), Path.of("target", "course-credit-files"));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void passedFailedAndUnfinishedCoursesBecomeEarnedNotEarnedAndPendingCredits() {
        Account faculty = fixture.person("credits.faculty@example.org", Role.FACULTY);
        Cohort cohort = fixture.cohort("Credits cohort");
        Account passes = trainee(cohort, "passes@example.org");
        Account fails = trainee(cohort, "fails@example.org");
        Account waits = trainee(cohort, "waits@example.org");
        Account missing = trainee(cohort, "missing@example.org");
        Account returned = trainee(cohort, "returned@example.org");
        Course course = fixture.course(cohort, "Required course", faculty);
        LocalDateTime due = LocalDateTime.of(2030, 1, 10, 12, 0);
        Assignment first = fixture.pointsAssignment(course, "First", 10, due);
        Assignment second = fixture.pointsAssignment(course, "Second", 10, due.plusDays(7));
        fixture.courses(s -> s.create(cohort.getId(), new CourseDetails("Elective", "Not required", null, null, false, 70),
                faculty.getId()));

        grade(faculty, passes, first, "10");
        grade(faculty, passes, second, "4");
        grade(faculty, fails, first, "6");
        grade(faculty, fails, second, "7");
        grade(faculty, waits, first, "10");
        fixture.submit(waits, second, "Waiting for a grade");
        grade(faculty, missing, first, "10");
        grade(faculty, returned, first, "10");
        Submission sentBack = fixture.submit(returned, second, "Sent back");
        fixture.grading(g -> g.returnForRevision(faculty.getEmail(), sentBack.getId(), "Please expand."));

        List<Credit> credits = fixture.credits(c -> c.creditsIn(cohort.getId()));

        assertEquals(5, credits.size(), "one credit per trainee for the required course, none for the elective");
        assertTrue(credits.stream().allMatch(c -> c.kind() == CreditKind.COURSES_PASSED && c.amount() == 1));
        Map<Long, CreditState> states = credits.stream().collect(Collectors.toMap(Credit::traineeId, Credit::state));
        assertEquals(CreditState.EARNED, states.get(passes.getId()), "14 of 20 is exactly the 70 % to pass");
        assertEquals(CreditState.NOT_EARNED, states.get(fails.getId()), "13 of 20 is 65 %");
        assertEquals(CreditState.PENDING, states.get(waits.getId()));
        assertEquals(CreditState.PENDING, states.get(missing.getId()));
        assertEquals(CreditState.PENDING, states.get(returned.getId()));
        assertEquals(LocalDate.of(2026, 6, 30), credits.get(0).date(), "a course without dates counts on the cohort's last day");
    }

    @Test
    void aRequiredCourseWithoutAssignmentsYetIsPendingOnItsOwnLastDay() {
        Account faculty = fixture.person("empty.faculty@example.org", Role.FACULTY);
        Cohort cohort = fixture.cohort("Empty course cohort");
        Account first = trainee(cohort, "first.empty@example.org");
        Account second = trainee(cohort, "second.empty@example.org");
        fixture.courses(s -> s.create(cohort.getId(), new CourseDetails("Not started", "No assignment yet",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20), true, 70), faculty.getId()));

        List<Credit> credits = fixture.credits(c -> c.creditsIn(cohort.getId()));

        assertEquals(List.of(first.getId(), second.getId()), credits.stream().map(Credit::traineeId).sorted().toList());
        assertTrue(credits.stream().allMatch(c -> c.state() == CreditState.PENDING && c.date().equals(LocalDate.of(2026, 3, 20))),
                credits.toString());
        assertEquals(1, fixture.credits(c -> c.creditsOf(cohort.getId(), second.getId())).size(), "the trainee's own line");
    }

    @Test
    void aCohortWithoutCoursesOrUnknownGivesNoCredits() {
        Cohort cohort = fixture.cohort("No courses cohort");
        trainee(cohort, "alone@example.org");
        assertEquals(List.of(), fixture.credits(c -> c.creditsIn(cohort.getId())));
        assertEquals(List.of(), fixture.credits(c -> c.creditsIn(999_999)));
    }

    private static Account trainee(Cohort cohort, String email) {
        Account trainee = fixture.person(email, Role.TRAINEE);
        fixture.enrol(cohort, trainee);
        return trainee;
    }

    private static void grade(Account faculty, Account trainee, Assignment assignment, String points) {
        Submission submission = fixture.submit(trainee, assignment, "My work");
        fixture.grading(g -> g.grade(faculty.getEmail(), submission.getId(), new GradeInput(new BigDecimal(points), null, null, "Noted.")));
    }
}
