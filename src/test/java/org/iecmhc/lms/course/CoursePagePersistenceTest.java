package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The course page costs the same three statements however many modules, materials and assignments it shows. */
class CoursePagePersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final CourseFixture fixture = new CourseFixture(db, Clock.systemUTC(), Path.of("target", "course-page-files"));
    private final Account faculty = fixture.person("page.faculty@example.org", Role.FACULTY);
    private final Account trainee = fixture.person("page.trainee@example.org", Role.TRAINEE);
    private final Cohort cohort = fixture.cohort("Page cohort");
    private final Course course = fixture.course(cohort, "Foundations", faculty);
    private int rows;

    @Test
    void aCourseOfFiftyModulesAndAssignmentsCostsNoMoreStatementsThanOneOfFive() {
        fixture.enrol(cohort, trainee);
        db.statements().assertConstantAsRowsGrow("Course page (course, modules and materials, assignments)", 3,
                this::growTo, () -> {
                    CoursePage page = fixture.reader(r -> r.page(trainee.getEmail(), course.getId())).orElseThrow();
                    assertEquals(rows, page.modules().size());
                    assertEquals(rows, page.assignments().size());
                });
        CoursePage page = fixture.reader(r -> r.page(trainee.getEmail(), course.getId())).orElseThrow();
        assertEquals("Page cohort", page.cohortName());
        assertEquals("First page.faculty", page.facultyName());
        assertEquals("Module 0", page.modules().get(0).title());
        assertEquals("Link 0", page.modules().get(0).materials().get(0).title());
        assertTrue(page.modules().get(0).materials().get(0).isLink());
        assertEquals(SubmissionStatus.GRADED, page.assignments().get(0).status(), "the trainee's own submission");
        assertEquals("8 / 10", page.assignments().get(0).getScore());
        assertEquals(SubmissionStatus.SUBMITTED, page.assignments().get(1).status());
        assertFalse(page.grader(), "a trainee does not grade");
    }

    @Test
    void itsFacultyMemberGradesItAnOutsiderDoesNotLearnItExists() {
        Account outsider = fixture.person("page.outsider@example.org", Role.TRAINEE);
        growTo(1);
        assertTrue(fixture.reader(r -> r.page(faculty.getEmail(), course.getId())).orElseThrow().grader());
        CoursePage seenByFaculty = fixture.reader(r -> r.page(faculty.getEmail(), course.getId())).orElseThrow();
        assertNull(seenByFaculty.assignments().get(0).status(), "the faculty member handed nothing in");
        assertTrue(fixture.reader(r -> r.page(outsider.getEmail(), course.getId())).isEmpty());
        assertTrue(fixture.reader(r -> r.page(trainee.getEmail(), course.getId())).isEmpty(), "not enrolled yet");
        assertTrue(fixture.reader(r -> r.page(faculty.getEmail(), 999_999)).isEmpty());
        assertTrue(fixture.reader(r -> r.page("nobody@example.org", course.getId())).isEmpty());
    }

    /** Modules with a link each, and assignments the trainee handed in; the first one graded 8 of 10. */
    private void growTo(int count) {
        for (int i = rows; i < count; i++) {
            int n = i;
            fixture.courses(s -> s.addLink(s.addModule(course.getId(), "Module " + n).getId(), "Link " + n,
                    "https://example.org/" + n));
            Assignment assignment = fixture.pointsAssignment(course, "Essay " + n, 10,
                    LocalDateTime.of(2030, 1, 1, 12, 0).plusDays(n));
            if (cohortHas(trainee)) {
                Submission submission = fixture.submit(trainee, assignment, "My work");
                if (n == 0) {
                    fixture.grading(g -> g.grade(faculty.getEmail(), submission.getId(),
                            new GradeInput(new BigDecimal("8"), null, null, "Good.")));
                }
            }
        }
        rows = count;
    }

    private boolean cohortHas(Account person) {
        return db.inTransaction(em -> em.createQuery("select count(e) from Enrollment e where e.trainee.id = :id",
                Long.class).setParameter("id", person.getId()).getSingleResult() > 0);
    }
}
