package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving between waiting submissions on the grading page, and the states the gradebook shows, against MariaDB. */
class GradingFlowPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-02-01T18:00:00Z"));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 2, 1, 18, 0);

    @TempDir
    static Path files;

    private static TestDatabase db;
    private static CourseFixture fixture;
    private static Account faculty;
    private static Account otherFaculty;
    private static Account admin;
    private static Account ana;
    private static Account ben;
    private static Account cy;
    private static Account dee;
    private static Course course;
    private static Course otherCourse;
    private static Assignment essay;
    private static Assignment forgotten;
    private static Assignment later;
    private static Submission anaEssay;
    private static Submission benEssay;
    private static Submission cyEssay;
    private static Submission anaForgotten;

    @BeforeAll
    static void handInWork() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, files);
        faculty = fixture.person("faculty@flow.example.org", Role.FACULTY);
        otherFaculty = fixture.person("other@flow.example.org", Role.FACULTY);
        admin = fixture.person("admin@flow.example.org", Role.ADMINISTRATOR);
        ana = fixture.person("ana@flow.example.org", Role.TRAINEE);
        ben = fixture.person("ben@flow.example.org", Role.TRAINEE);
        cy = fixture.person("cy@flow.example.org", Role.TRAINEE);
        dee = fixture.person("dee@flow.example.org", Role.TRAINEE);
        Cohort cohort = fixture.cohort("Flow 2025-2026");
        List.of(ana, ben, cy, dee).forEach(t -> fixture.enrol(cohort, t));
        course = fixture.course(cohort, "Foundations", faculty);
        otherCourse = fixture.course(cohort, "Another course of the same faculty member", faculty);
        essay = fixture.pointsAssignment(course, "Essay", 10, NOW.plusDays(5));
        forgotten = fixture.pointsAssignment(course, "Forgotten", 10, NOW.minusDays(10));
        later = fixture.pointsAssignment(course, "Later", 10, NOW.plusDays(30));
        Assignment elsewhere = fixture.pointsAssignment(otherCourse, "Elsewhere", 10, NOW.plusDays(5));
        benEssay = fixture.submit(ben, essay, "Ben's essay");
        CLOCK.advance(Duration.ofMinutes(1));
        fixture.submit(ana, elsewhere, "Waiting in another course, between the two");
        CLOCK.advance(Duration.ofMinutes(1));
        anaEssay = fixture.submit(ana, essay, "Ana's essay");
        CLOCK.advance(Duration.ofMinutes(1));
        cyEssay = fixture.submit(cy, essay, "Cy's essay");
        anaForgotten = fixture.submit(ana, forgotten, "Late, but here");
        Submission deeLater = fixture.submit(dee, later, "Early, and sent back");
        fixture.grading(g -> g.returnForRevision(faculty.getEmail(), deeLater.getId(), "Add an example."));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void previousAndNextFollowTheQueueOrderWithinTheCourseAndNextStillWorksOnceGraded() {
        assertEquals(Optional.empty(), fixture.order(o -> o.previous(faculty.getEmail(), benEssay.getId())));
        assertEquals(Optional.of(anaEssay.getId()), fixture.order(o -> o.next(faculty.getEmail(), benEssay.getId())),
                "the other course's submission in between is skipped");
        assertEquals(Optional.of(cyEssay.getId()), fixture.order(o -> o.next(faculty.getEmail(), anaEssay.getId())));
        assertEquals(Optional.of(anaEssay.getId()), fixture.order(o -> o.previous(faculty.getEmail(), cyEssay.getId())));
        assertEquals(Optional.of(anaForgotten.getId()), fixture.order(o -> o.next(faculty.getEmail(), cyEssay.getId())));

        Submission graded = fixture.grading(g -> g.grade(faculty.getEmail(), anaEssay.getId(),
                new GradeInput(BigDecimal.valueOf(8), null, Map.of(), null)));
        assertEquals(Optional.of(cyEssay.getId()), fixture.order(o -> o.next(faculty.getEmail(), graded.getId())));
        assertEquals(Optional.of(benEssay.getId()), fixture.order(o -> o.previous(faculty.getEmail(), cyEssay.getId())),
                "graded work is no longer waiting");
    }

    @Test
    void someoneWhoDoesNotTeachTheCourseGetsNoNeighbours() {
        assertEquals(Optional.empty(), fixture.order(o -> o.next(otherFaculty.getEmail(), benEssay.getId())));
        assertEquals(Optional.empty(), fixture.order(o -> o.next(admin.getEmail(), benEssay.getId())));
        boolean adminMayGrade = db.inTransaction(em -> fixture.services(em).gradingOrder()
                .mayGrade(admin.getEmail(), em.find(Submission.class, benEssay.getId())));
        assertFalse(adminMayGrade, "administrators read submissions; grading is the course's faculty member's");
    }

    @Test
    void theGradebookShowsEachCellsStateAndLinksTheSubmissionAndAnAdministratorOpensIt() {
        Gradebook gradebook = fixture.gradebooks(g -> g.forCourse(admin.getEmail(), course.getId())).orElseThrow();
        assertEquals(List.of("Forgotten", "Essay", "Later"), gradebook.columns().stream().map(Gradebook.Column::title).toList());
        LocalDateTime now = NOW.plusHours(1);
        Gradebook.Row anaRow = row(gradebook, "ana");
        Gradebook.Row benRow = row(gradebook, "ben");
        Gradebook.Row deeRow = row(gradebook, "dee");
        assertEquals(GradebookCellState.WAITING, gradebook.state(benRow, 1, now));
        assertEquals(benEssay.getId(), benRow.cells().get(1).submissionId());
        assertEquals(GradebookCellState.RETURNED, gradebook.state(deeRow, 2, now));
        assertEquals(GradebookCellState.MISSING, gradebook.state(benRow, 0, now));
        assertEquals(GradebookCellState.NOT_YET_DUE, gradebook.state(benRow, 2, now));
        assertTrue(anaRow.cells().get(0).late(), "handed in after the due time");
        assertEquals(anaForgotten.getId(), anaRow.cells().get(0).submissionId());

        assertTrue(fixture.gradebooks(g -> g.forCourse(ana.getEmail(), course.getId())).isEmpty(), "not a trainee's");
        assertTrue(fixture.gradebooks(g -> g.forCourse(otherFaculty.getEmail(), course.getId())).isEmpty());
    }

    private static Gradebook.Row row(Gradebook gradebook, String name) {
        return gradebook.rows().stream().filter(r -> r.email().startsWith(name + "@")).findFirst().orElseThrow();
    }
}
