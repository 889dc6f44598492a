package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Administrators' course work against MariaDB: rules at their fields, the paged list, modules and deletion. */
class CoursesPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-02-01T18:00:00Z"));
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 10, 1, 0);

    @TempDir
    static Path files;

    private static TestDatabase db;
    private static CourseFixture fixture;
    private static Cohort cohort;
    private static Cohort other;
    private static Account faculty;
    private static Account trainee;

    @BeforeAll
    static void createCohorts() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, files);
        cohort = fixture.cohort("Alpha 2025-2026");
        other = fixture.cohort("Beta 2026-2027");
        faculty = fixture.person("teacher@courses.example.org", Role.FACULTY);
        trainee = fixture.person("learner@courses.example.org", Role.TRAINEE);
        fixture.enrol(cohort, trainee);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void badCourseFormsAreRefusedAtTheirFields() {
        assertEquals("title", refused(new CourseDetails(" ", null, null, null, true, 70), faculty.getId()).field());
        assertEquals("endDate", refused(new CourseDetails("Dates", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1),
                true, 70), faculty.getId()).field());
        assertEquals("passingPercent", refused(new CourseDetails("Percent", null, null, null, true, 101), faculty.getId()).field());
        assertEquals("faculty", refused(new CourseDetails("Not faculty", null, null, null, true, 70), trainee.getId()).field());
        assertEquals("cohort", assertThrows(CourseRejected.class, () -> fixture.courses(
                s -> s.create(999_999L, new CourseDetails("No cohort", null, null, null, true, 70), null, Set.of()))).field());
    }

    @Test
    void aCourseFormWithoutACohortIsRefusedBeforeAnythingElse() {
        assertEquals("course.cohort.required", assertThrows(CourseRejected.class, () -> fixture.courses(
                s -> s.create(null, new CourseDetails(" ", null, null, null, true, 70), null))).messageKey());
        Course course = fixture.course(cohort, "Stays in its cohort", faculty);
        assertEquals("cohort", assertThrows(CourseRejected.class, () -> fixture.courses(s -> s.update(course.getId(),
                course.getVersion(), null, new CourseDetails("Moved", null, null, null, true, 70), null, Set.of()))).field());
    }

    @Test
    void materialNeedsAModuleATitleAndForAFileTheFileWhichIsStoredOnlyThen() {
        Course course = fixture.course(cohort, "Course with materials", faculty);
        CourseModule module = fixture.courses(s -> s.addModule(course.getId(), "One"));
        Function<String, StoredFile> neverStored = upload -> fail("a refused form stores no file");
        assertEquals("material.module.required", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> s.addLink(null, "Reading", "https://example.org/reading"))).messageKey());
        assertEquals("materialModule", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> s.addFile(null, "Syllabus", "syllabus.pdf", neverStored))).field());
        assertEquals("materialTitle", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> s.addFile(module.getId(), " ", "syllabus.pdf", neverStored))).field());
        assertEquals("file.required", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> s.addFile(module.getId(), "Syllabus", null, neverStored))).messageKey());
    }

    @Test
    void anUpdateBasedOnAnOlderVersionIsRefused() {
        Course course = fixture.course(cohort, "Versioned course", faculty);
        fixture.courses(s -> s.update(course.getId(), course.getVersion(), cohort.getId(),
                new CourseDetails("Versioned course, renamed", null, null, null, false, 80), null, Set.of()));
        assertThrows(RecordChangedMeanwhile.class, () -> fixture.courses(s -> s.update(course.getId(),
                course.getVersion(), cohort.getId(), new CourseDetails("Lost", null, null, null, true, 70), null, Set.of())));
        Course stored = fixture.courses(s -> s.find(course.getId())).orElseThrow();
        assertEquals("Versioned course, renamed", stored.getTitle());
        assertEquals(80, stored.getPassingPercent());
    }

    @Test
    void theCourseListSearchesTitleAndCohortAndPagesInOrder() {
        fixture.course(other, "Search: infant mental health", faculty);
        fixture.course(other, "Search: consultation basics", faculty);
        fixture.course(cohort, "Search: 100% literal", null);
        List<Course> beta = fixture.courses(s -> s.search("BETA", 0, 10, CourseSort.TITLE, true));
        assertEquals(List.of("Search: consultation basics", "Search: infant mental health"),
                beta.stream().map(Course::getTitle).toList());
        assertEquals(1L, (long) fixture.courses(s -> s.countMatching("100%")));
        List<Course> secondPage = fixture.courses(s -> s.search("search:", 1, 1, CourseSort.TITLE, false));
        assertEquals("Search: consultation basics", secondPage.get(0).getTitle());
    }

    @Test
    void modulesAndLinksKeepTheirOrderAndBadAddressesAreRefused() {
        Course course = fixture.course(cohort, "Ordered course", faculty);
        CourseModule first = fixture.courses(s -> s.addModule(course.getId(), "One"));
        CourseModule second = fixture.courses(s -> s.addModule(course.getId(), "Two"));
        fixture.courses(s -> s.addModule(course.getId(), "Three"));
        fixture.courses(s -> s.addLink(second.getId(), "Reading", "https://example.org/reading"));
        assertEquals("materialUrl", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> s.addLink(second.getId(), "Script", "javascript:alert(1)"))).field());
        fixture.courses(s -> { s.removeModule(first.getId()); return null; });
        List<CourseModule> modules = fixture.courses(s -> s.find(course.getId())).orElseThrow().getModules();
        assertEquals(List.of("Two", "Three"), modules.stream().map(CourseModule::getTitle).toList());
        assertEquals(List.of(1, 2), modules.stream().map(CourseModule::getSortOrder).toList());
        assertEquals("https://example.org/reading", modules.get(0).getMaterials().get(0).getUrl());
    }

    @Test
    void aCourseWithHandedInWorkCannotBeDeletedButAnEmptyOneCan() {
        Course used = fixture.course(cohort, "Used course", faculty);
        Assignment assignment = fixture.rubricAssignment(used, "Used assignment", DUE);
        fixture.submit(trainee, assignment, "My work");
        assertEquals("course.delete.hasSubmissions", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> { s.delete(used.getId()); return null; })).messageKey());
        assertEquals("assignment.delete.hasSubmissions", assertThrows(CourseRejected.class,
                () -> fixture.courses(s -> { s.deleteAssignment(assignment.getId()); return null; })).messageKey());

        Course empty = fixture.course(cohort, "Empty course", faculty);
        fixture.rubricAssignment(empty, "Never handed in", DUE);
        fixture.courses(s -> s.addModule(empty.getId(), "Module"));
        fixture.courses(s -> { s.delete(empty.getId()); return null; });
        assertTrue(fixture.courses(s -> s.find(empty.getId())).isEmpty());
    }

    @Test
    void aRubricUsedForAGradeCannotChangeButTheRestOfTheAssignmentCan() {
        Course course = fixture.course(cohort, "Rubric course", faculty);
        Assignment assignment = fixture.rubricAssignment(course, "Graded with a rubric", DUE);
        Submission work = fixture.submit(trainee, assignment, "Work");
        RubricCriterion first = assignment.getCriteria().get(0);
        RubricCriterion second = assignment.getCriteria().get(1);
        fixture.grading(g -> g.grade(faculty.getEmail(), work.getId(), new GradeInput(null, null, java.util.Map.of(
                first.getId(), first.getLevels().get(0).getId(), second.getId(), second.getLevels().get(0).getId()), null)));
        Assignment stored = fixture.courses(s -> s.findAssignment(assignment.getId())).orElseThrow();
        List<AssignmentDetails.Criterion> sameRubric = stored.getCriteria().stream()
                .map(c -> new AssignmentDetails.Criterion(c.getTitle(), c.getLevels().stream()
                        .map(l -> new AssignmentDetails.Level(l.getTitle(), l.getPoints())).toList())).toList();
        fixture.courses(s -> s.saveAssignment(course.getId(), assignment.getId(), null, new AssignmentDetails("Renamed",
                null, DUE.plusDays(1), GradingKind.POINTS, 0, sameRubric)));
        assertEquals(10, fixture.courses(s -> s.findAssignment(assignment.getId())).orElseThrow().getMaxPoints());
        assertEquals("assignment.rubric.locked", assertThrows(CourseRejected.class, () -> fixture.courses(
                s -> s.saveAssignment(course.getId(), assignment.getId(), null, new AssignmentDetails("Renamed", null, DUE,
                        GradingKind.POINTS, 0, List.of(new AssignmentDetails.Criterion("New", List.of(
                                new AssignmentDetails.Level("A", 0), new AssignmentDetails.Level("B", 3)))))))).messageKey());
    }

    private static CourseRejected refused(CourseDetails details, Long facultyId) {
        return assertThrows(CourseRejected.class, () -> fixture.courses(s -> s.create(cohort.getId(), details, facultyId)));
    }
}
