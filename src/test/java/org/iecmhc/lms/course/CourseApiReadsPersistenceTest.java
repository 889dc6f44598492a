package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the API's course and submission lists show each person: the rules of the course pages, co-teachers too. */
class CourseApiReadsPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final CourseFixture fixture = new CourseFixture(db, Clock.systemUTC(), Path.of("target", "course-api-files"));
    private final Account lead = fixture.person("api.lead@example.org", Role.FACULTY);
    private final Account coTeacher = fixture.person("api.co@example.org", Role.FACULTY);
    private final Account outsider = fixture.person("api.outsider@example.org", Role.FACULTY);
    private final Account ana = fixture.person("api.ana@example.org", Role.TRAINEE);
    private final Account ben = fixture.person("api.ben@example.org", Role.TRAINEE);
    private final Cohort cohort = fixture.cohort("API cohort");
    private final Course course = fixture.courses(s -> s.create(cohort.getId(),
            new CourseDetails("Co-taught", "Two teachers.", null, null, true, 70), lead.getId(), Set.of(coTeacher.getId())));

    @Test
    void coTeachersTraineesOfTheCohortAndAdministratorsListTheCourseOthersDoNot() {
        fixture.enrol(cohort, ana);
        Cohort other = fixture.cohort("Other cohort");
        fixture.course(other, "Elsewhere", outsider);

        assertEquals(List.of("Co-taught"), titles(new Viewer(coTeacher.getEmail(), false), null));
        assertEquals(List.of("Co-taught"), titles(new Viewer(ana.getEmail(), false), null));
        assertEquals(List.of("Elsewhere"), titles(new Viewer(outsider.getEmail(), false), null));
        assertEquals(List.of(), titles(new Viewer(ben.getEmail(), false), null), "not enrolled");
        assertEquals(2, titles(new Viewer("admin@example.org", true), null).size());
        assertEquals(List.of("Elsewhere"), titles(new Viewer("admin@example.org", true), other.getId()));
        assertEquals(List.of(), titles(new Viewer(coTeacher.getEmail(), false), other.getId()));
        assertEquals(1L, (long) fixture.reader(r -> r.countVisible(new Viewer(coTeacher.getEmail(), false), null)));
        assertEquals("First api.lead", fixture.reader(r -> r.visible(new Viewer(ana.getEmail(), false), null, 0, 10))
                .get(0).facultyName(), "the lead, not the co-teacher");
    }

    @Test
    void theCoursesTeachersSeeEveryonesWorkATraineeTheirOwnAndAnOutsiderNothing() {
        fixture.enrol(cohort, ana);
        fixture.enrol(cohort, ben);
        Assignment essay = fixture.pointsAssignment(course, "Essay", 10, LocalDateTime.of(2030, 1, 1, 12, 0));
        fixture.submit(ana, essay, "Ana's work");
        Submission bens = fixture.submit(ben, essay, "Ben's work");
        fixture.grading(g -> g.grade(coTeacher.getEmail(), bens.getId(), new GradeInput(new BigDecimal("7.5"), null, null, null)));

        Submissions.HandedIn all = fixture.submissions(s -> s.ofAssignment(coTeacher.getEmail(), essay.getId(), 0, 10))
                .orElseThrow();
        assertEquals(2, all.total());
        assertEquals(List.of("First api.ana", "First api.ben"), all.rows().stream().map(SubmissionRow::traineeName).toList());
        assertNull(all.rows().get(0).points(), "not graded yet");
        assertEquals(new BigDecimal("7.50"), all.rows().get(1).points());
        assertEquals(10, all.maxPoints());

        Submissions.HandedIn second = fixture.submissions(s -> s.ofAssignment(lead.getEmail(), essay.getId(), 1, 1)).orElseThrow();
        assertEquals(2, second.total());
        assertEquals(List.of("First api.ben"), second.rows().stream().map(SubmissionRow::traineeName).toList());

        Submissions.HandedIn own = fixture.submissions(s -> s.ofAssignment(ana.getEmail(), essay.getId(), 0, 10)).orElseThrow();
        assertEquals(List.of(ana.getId()), own.rows().stream().map(SubmissionRow::traineeId).toList());
        assertEquals(1, own.total());

        assertTrue(fixture.submissions(s -> s.ofAssignment(outsider.getEmail(), essay.getId(), 0, 10)).isEmpty());
        assertTrue(fixture.submissions(s -> s.ofAssignment(lead.getEmail(), 999_999, 0, 10)).isEmpty());
    }

    @Test
    void aGradeBuiltOnAnOlderVersionIsRefused() {
        fixture.enrol(cohort, ana);
        Assignment essay = fixture.pointsAssignment(course, "Essay", 10, LocalDateTime.of(2030, 1, 1, 12, 0));
        Submission work = fixture.submit(ana, essay, "Ana's work");
        assertThrows(RecordChangedMeanwhile.class, () -> fixture.grading(g -> g.grade(lead.getEmail(), work.getId(),
                work.getVersion() + 1, new GradeInput(new BigDecimal("8"), null, null, null))));
        assertEquals(SubmissionStatus.GRADED, fixture.grading(g -> g.grade(lead.getEmail(), work.getId(),
                work.getVersion(), new GradeInput(new BigDecimal("8"), null, null, null))).getStatus());
    }

    private List<String> titles(Viewer viewer, Long cohortId) {
        return fixture.reader(r -> r.visible(viewer, cohortId, 0, 10)).stream().map(CourseSummary::title).toList();
    }
}
