package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions, the grading queue, grades, the gradebook and who may see what, against MariaDB. */
class GradingPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-02-01T18:00:00Z"));
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 10, 1, 0);

    @TempDir
    static Path files;

    private static TestDatabase db;
    private static CourseFixture fixture;
    private static Account faculty;
    private static Account otherFaculty;
    private static Account ana;
    private static Account ben;
    private static Account outsider;
    private static Account admin;
    private static Cohort cohort;
    private static Course course;
    private static Course otherCourse;

    @BeforeAll
    static void createCourse() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, files);
        faculty = fixture.person("faculty@grading.example.org", Role.FACULTY);
        otherFaculty = fixture.person("other.faculty@grading.example.org", Role.FACULTY);
        ana = fixture.person("ana@grading.example.org", Role.TRAINEE);
        ben = fixture.person("ben@grading.example.org", Role.TRAINEE);
        outsider = fixture.person("outsider@grading.example.org", Role.TRAINEE);
        admin = fixture.person("admin@grading.example.org", Role.ADMINISTRATOR);
        cohort = fixture.cohort("Grading 2025-2026");
        fixture.enrol(cohort, ana);
        fixture.enrol(cohort, ben);
        course = fixture.course(cohort, "Foundations of IECMHC", faculty);
        otherCourse = fixture.course(cohort, "Taught by someone else", otherFaculty);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void aSubmissionKeepsEveryAttemptWithItsFilesAndLateFlag() throws Exception {
        Assignment essay = fixture.pointsAssignment(course, "History essay", 20, DUE);
        fixture.submit(ana, essay, "First draft", CourseFixture.pdf("../../etc/passwd.pdf"));
        CLOCK.advance(Duration.ofDays(10));
        Submission again = fixture.submit(ana, essay, "Second draft");
        CLOCK.advance(Duration.ofDays(-10));
        assertEquals(2, again.getAttempts().size());
        assertTrue(again.isLate(), "the second attempt came after the due time");

        Submission stored = fixture.submissions(s -> s.mine(ana.getEmail(), essay.getId())).orElseThrow();
        assertEquals(List.of(false, true), stored.getAttempts().stream().map(SubmissionAttempt::isLate).toList());
        var file = stored.getAttempts().get(0).getFiles().get(0);
        assertEquals("passwd.pdf", file.getOriginalName(), "only the last segment of the uploaded name is kept");
        assertEquals("application/pdf", file.getContentType());
        try (var listing = Files.list(files)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().contains("passwd")), "stored under a generated name");
        }
    }

    @Test
    void handingInTellsTheFacultyAndGradingOrReturningTellsTheTrainee() {
        Assignment told = fixture.pointsAssignment(course, "Told work", 10, DUE);
        Submission work = fixture.submit(ana, told, "Done");
        fixture.grading(g -> g.returnForRevision(faculty.getEmail(), work.getId(), "Add an example."));
        fixture.submit(ana, told, "Done, with an example");
        fixture.grading(g -> g.grade(faculty.getEmail(), work.getId(), new GradeInput(new BigDecimal("9"), null, null, "Good")));

        assertEquals(List.of("Your work on \"Told work\" (Foundations of IECMHC) was graded.",
                "Your work on \"Told work\" (Foundations of IECMHC) was returned for revision."), toldAbout(ana, "Told work"));
        assertEquals(List.of("A new submission of \"Told work\" (Foundations of IECMHC) is waiting to be graded.",
                "A new submission of \"Told work\" (Foundations of IECMHC) is waiting to be graded."),
                toldAbout(faculty, "Told work"));
        assertEquals(List.of(), toldAbout(ben, "Told work"));
    }

    /** The person's notifications that mention the text, newest first, in English. */
    private static List<String> toldAbout(Account person, String text) {
        return fixture.notifications(n -> n.page(person.getEmail(), 0, 100)).rows().stream()
                .map(notification -> notification.text(java.util.Locale.ENGLISH)).filter(told -> told.contains(text)).toList();
    }

    @Test
    void forbiddenOrDisguisedFilesAreRefusedAndNothingIsStored() {
        Assignment task = fixture.pointsAssignment(course, "File rules", 10, DUE);
        assertEquals("file.typeNotAllowed", assertThrows(FileRejected.class, () -> fixture.submit(ben, task, "x",
                CourseFixture.upload("run.exe", new byte[] {0x4D, 0x5A, 0, 0}))).messageKey());
        assertEquals("file.contentMismatch", assertThrows(FileRejected.class, () -> fixture.submit(ben, task, "x",
                CourseFixture.upload("fake.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)))).messageKey());
        assertEquals("file.tooLarge", assertThrows(FileRejected.class, () -> fixture.submit(ben, task, "x",
                CourseFixture.upload("big.txt", new byte[11 * 1024 * 1024]))).messageKey());
        assertTrue(fixture.submissions(s -> s.mine(ben.getEmail(), task.getId())).isEmpty());
    }

    @Test
    void onlyEnrolledTraineesOfAnOpenCohortMaySubmit() {
        Cohort closing = fixture.cohort("Closing cohort");
        fixture.enrol(closing, ben);
        Course closingCourse = fixture.course(closing, "Closing course", faculty);
        Assignment late = fixture.pointsAssignment(closingCourse, "Final paper", 10, DUE);
        fixture.close(closing);
        assertEquals("submission.cohortClosed",
                assertThrows(CourseRejected.class, () -> fixture.submit(ben, late, "too late")).messageKey());

        Assignment essay = fixture.pointsAssignment(course, "Members only", 10, DUE);
        assertEquals("course.notAvailable",
                assertThrows(CourseRejected.class, () -> fixture.submit(outsider, essay, "let me in")).messageKey());
    }

    @Test
    void aTraineeCannotReadAnotherTraineesSubmissionWhateverIdTheyAskFor() {
        Assignment essay = fixture.pointsAssignment(course, "Private work", 10, DUE);
        Submission anas = fixture.submit(ana, essay, "Mine only");
        assertTrue(fixture.submissions(s -> s.readable(ana.getEmail(), anas.getId())).isPresent());
        assertTrue(fixture.submissions(s -> s.readable(ben.getEmail(), anas.getId())).isEmpty());
        assertTrue(fixture.submissions(s -> s.readable(outsider.getEmail(), anas.getId())).isEmpty());
        assertTrue(fixture.submissions(s -> s.readable(otherFaculty.getEmail(), anas.getId())).isEmpty());
        assertTrue(fixture.submissions(s -> s.readable(faculty.getEmail(), anas.getId())).isPresent());
        assertTrue(fixture.submissions(s -> s.readable(admin.getEmail(), anas.getId())).isPresent());
        assertTrue(fixture.submissions(s -> s.mine(ben.getEmail(), essay.getId())).isEmpty());
    }

    @Test
    void coTeachersGradeTheCourseAsItsLeadDoesUntilTheyAreTakenOff() {
        Account coTeacher = fixture.person("co.teacher@grading.example.org", Role.FACULTY);
        Course shared = fixture.courses(s -> s.create(cohort.getId(), new CourseDetails("Taught by two", null, null, null,
                true, 70), faculty.getId(), Set.of(coTeacher.getId())));
        Assignment essay = fixture.pointsAssignment(shared, "Shared essay", 10, DUE);
        Submission work = fixture.submit(ben, essay, "For both teachers");

        assertEquals(List.of("A new submission of \"Shared essay\" (Taught by two) is waiting to be graded."),
                toldAbout(coTeacher, "Shared essay"));
        assertEquals(1, toldAbout(faculty, "Shared essay").size());
        assertTrue(fixture.grading(g -> g.queue(coTeacher.getEmail(), 0, 100)).stream()
                .anyMatch(e -> e.submissionId() == work.getId()));
        assertTrue(fixture.home(h -> h.coursesOfFaculty(coTeacher.getEmail())).stream()
                .anyMatch(listed -> listed.id().equals(shared.getId())));
        assertTrue(fixture.reader(r -> r.page(coTeacher.getEmail(), shared.getId())).orElseThrow().grader());
        fixture.grading(g -> g.returnForRevision(coTeacher.getEmail(), work.getId(), "Add an example."));

        fixture.courses(s -> s.update(shared.getId(), fixture.courses(c -> c.find(shared.getId())).orElseThrow().getVersion(),
                cohort.getId(), new CourseDetails("Taught by two", null, null, null, true, 70), faculty.getId(), Set.of()));
        fixture.submit(ben, essay, "Revised");
        assertEquals("course.notAvailable", assertThrows(CourseRejected.class, () -> fixture.grading(g -> g.grade(
                coTeacher.getEmail(), work.getId(), new GradeInput(BigDecimal.TEN, null, null, "Nice")))).messageKey());
        assertTrue(fixture.grading(g -> g.queue(coTeacher.getEmail(), 0, 100)).isEmpty());
        assertEquals("faculty", assertThrows(CourseRejected.class, () -> fixture.courses(s -> s.create(cohort.getId(),
                new CourseDetails("A trainee cannot co-teach", null, null, null, true, 70), faculty.getId(),
                Set.of(ana.getId())))).field());
    }

    @Test
    void facultyGradeOnlyTheirOwnCoursesAndSeeOnlyTheirQueue() {
        Assignment essay = fixture.pointsAssignment(otherCourse, "Other course work", 10, DUE);
        Submission work = fixture.submit(ana, essay, "For the other faculty member");
        assertTrue(fixture.grading(g -> g.queue(faculty.getEmail(), 0, 100)).stream()
                .noneMatch(e -> e.submissionId() == work.getId()));
        assertEquals("course.notAvailable", assertThrows(CourseRejected.class, () -> fixture.grading(g -> g.grade(
                faculty.getEmail(), work.getId(), new GradeInput(BigDecimal.TEN, null, null, "Nice"))))
                .messageKey());
        assertTrue(fixture.grading(g -> g.queue(otherFaculty.getEmail(), 0, 100)).stream()
                .anyMatch(e -> e.submissionId() == work.getId()));
    }

    @Test
    void theQueueListsWaitingWorkOldestFirstAndGradingTakesItOut() {
        Course queueCourse = fixture.course(cohort, "Queue course", fixture.person("queue.faculty@grading.example.org", Role.FACULTY));
        String grader = "queue.faculty@grading.example.org";
        Assignment first = fixture.pointsAssignment(queueCourse, "Q1", 10, DUE);
        Assignment second = fixture.rubricAssignment(queueCourse, "Q2", DUE);
        Submission benWork = fixture.submit(ben, second, "Ben early");
        CLOCK.advance(Duration.ofMinutes(5));
        Submission anaWork = fixture.submit(ana, first, "Ana later");
        CLOCK.advance(Duration.ofMinutes(-5));

        List<QueueEntry> queue = fixture.grading(g -> g.queue(grader, 0, 10));
        assertEquals(List.of(benWork.getId(), anaWork.getId()), queue.stream().map(QueueEntry::submissionId).toList());
        assertEquals(2L, (long) fixture.grading(g -> g.queueSize(grader)));
        assertEquals("First ben", queue.get(0).traineeName());

        assertEquals("grading.points.outOfRange", assertThrows(CourseRejected.class, () -> fixture.grading(
                g -> g.grade(grader, anaWork.getId(), new GradeInput(new BigDecimal("11"), null, null, null)))).messageKey());
        RubricCriterion observation = second.getCriteria().get(0);
        RubricCriterion reflection = second.getCriteria().get(1);
        assertEquals("grading.rubric.incomplete", assertThrows(CourseRejected.class, () -> fixture.grading(g -> g.grade(grader,
                benWork.getId(), new GradeInput(null, null, Map.of(observation.getId(), observation.getLevels().get(1).getId()),
                        null)))).messageKey());
        assertEquals("grading.rubric.foreignLevel", assertThrows(CourseRejected.class, () -> fixture.grading(g -> g.grade(grader,
                benWork.getId(), new GradeInput(null, null, Map.of(observation.getId(), reflection.getLevels().get(0).getId(),
                        reflection.getId(), reflection.getLevels().get(0).getId()), null)))).messageKey());

        Submission graded = fixture.grading(g -> g.grade(grader, benWork.getId(), new GradeInput(null, null,
                Map.of(observation.getId(), observation.getLevels().get(1).getId(),
                        reflection.getId(), reflection.getLevels().get(0).getId()), "Careful observation.")));
        assertEquals(0, new BigDecimal("7").compareTo(graded.getPoints()));
        fixture.grading(g -> g.returnForRevision(grader, anaWork.getId(), "Please add your reflection."));
        assertEquals(0L, (long) fixture.grading(g -> g.queueSize(grader)));

        Submission returned = fixture.submissions(s -> s.mine(ana.getEmail(), first.getId())).orElseThrow();
        assertEquals(SubmissionStatus.RETURNED, returned.getStatus());
        assertEquals("Please add your reflection.", returned.getFeedback());
        fixture.submit(ana, first, "Ana revised");
        assertEquals(1L, (long) fixture.grading(g -> g.queueSize(grader)), "the revision waits again");
        Submission benSees = fixture.submissions(s -> s.mine(ben.getEmail(), second.getId())).orElseThrow();
        assertEquals("Careful observation.", benSees.getFeedback());
        assertEquals(Map.of(observation.getId(), observation.getLevels().get(1).getId(),
                reflection.getId(), reflection.getLevels().get(0).getId()), benSees.getRubricChoices());
        assertEquals("submission.alreadyGraded",
                assertThrows(CourseRejected.class, () -> fixture.submit(ben, second, "one more")).messageKey());
    }

    @Test
    void completeGivesAllThePointsAndIncompleteNone() {
        Assignment check = fixture.courses(s -> s.saveAssignment(course.getId(), null, null, new AssignmentDetails("Reading check",
                null, DUE, GradingKind.COMPLETE_INCOMPLETE, 5, List.of())));
        Submission anas = fixture.submit(ana, check, "Read it");
        Submission bens = fixture.submit(ben, check, "Skimmed it");
        assertEquals("grading.complete.required", assertThrows(CourseRejected.class, () -> fixture.grading(
                g -> g.grade(faculty.getEmail(), anas.getId(), new GradeInput(null, null, null, null)))).messageKey());
        fixture.grading(g -> g.grade(faculty.getEmail(), anas.getId(), new GradeInput(null, true, null, null)));
        fixture.grading(g -> g.grade(faculty.getEmail(), bens.getId(), new GradeInput(null, false, null, "Please read it all.")));
        assertEquals(0, new BigDecimal("5").compareTo(fixture.submissions(s -> s.mine(ana.getEmail(), check.getId())).orElseThrow().getPoints()));
        assertEquals(0, BigDecimal.ZERO.compareTo(fixture.submissions(s -> s.mine(ben.getEmail(), check.getId())).orElseThrow().getPoints()));
    }

    @Test
    void theGradebookHasEveryEnrolledTraineeByEveryAssignmentWithTotals() {
        String grader = "book.faculty@grading.example.org";
        Course book = fixture.course(cohort, "Gradebook course", fixture.person(grader, Role.FACULTY));
        Assignment a1 = fixture.pointsAssignment(book, "B1", 10, DUE);
        Assignment a2 = fixture.pointsAssignment(book, "B2", 30, DUE.plusDays(7));
        Submission ana1 = fixture.submit(ana, a1, "a1");
        Submission ana2 = fixture.submit(ana, a2, "a2");
        fixture.submit(ben, a1, "b1");
        fixture.grading(g -> g.grade(grader, ana1.getId(), new GradeInput(new BigDecimal("8"), null, null, null)));
        fixture.grading(g -> g.grade(grader, ana2.getId(), new GradeInput(new BigDecimal("25.5"), null, null, null)));

        Gradebook gradebook = fixture.gradebooks(g -> g.forCourse(grader, book.getId())).orElseThrow();
        assertEquals(List.of("B1", "B2"), gradebook.columns().stream().map(Gradebook.Column::title).toList());
        assertEquals(40, gradebook.getPossiblePoints());
        assertEquals(List.of("First ana", "First ben"), gradebook.rows().stream().map(Gradebook.Row::name).toList());
        Gradebook.Row anaRow = gradebook.rows().get(0);
        assertEquals(0, new BigDecimal("33.5").compareTo(anaRow.total()));
        assertEquals(new BigDecimal("83.8"), anaRow.percent());
        Gradebook.Row benRow = gradebook.rows().get(1);
        assertEquals(SubmissionStatus.SUBMITTED, benRow.cells().get(0).status());
        assertNull(benRow.cells().get(1), "nothing handed in");
        assertEquals(0, BigDecimal.ZERO.compareTo(benRow.total()));

        assertTrue(fixture.gradebooks(g -> g.forCourse(faculty.getEmail(), book.getId())).isEmpty(), "not their course");
        assertTrue(fixture.gradebooks(g -> g.forCourse(ana.getEmail(), book.getId())).isEmpty());
        assertTrue(fixture.gradebooks(g -> g.forCourse(admin.getEmail(), book.getId())).isPresent());
    }

    @Test
    void theHomePageSummariesShowTheTraineesCohortAndCourses() {
        assertEquals(List.of("Grading 2025-2026"), fixture.traineeHome(ana.getEmail()).cohorts());
        assertTrue(fixture.traineeHome(ana.getEmail()).courses().stream().anyMatch(c -> c.id().equals(course.getId())));
        assertTrue(fixture.traineeHome(outsider.getEmail()).courses().isEmpty());
        assertTrue(fixture.home(h -> h.coursesOfFaculty(faculty.getEmail())).stream().anyMatch(c -> c.id().equals(course.getId())));
    }
}
