package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.evaluation.SurveyPurpose;
import org.iecmhc.lms.evaluation.SurveyTemplate;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying a course into another cohort, against MariaDB: what comes along, what stays, and who may copy. */
class CourseCopyPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-11-01T18:00:00Z"));
    /** 195 days after the source cohort's start of 2025-09-01. */
    private static final LocalDate NEXT_START = LocalDate.of(2026, 3, 15);

    @TempDir
    static Path files;

    private static TestDatabase db;
    private static CourseFixture fixture;
    private static Account admin;
    private static Account faculty;
    private static Account otherFaculty;
    private static Account trainee;
    private static Cohort nextCohort;
    private static Course source;
    private static SurveyTemplate template;

    @BeforeAll
    static void createCourse() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, files);
        admin = fixture.person("admin@copy.example.org", Role.ADMINISTRATOR);
        faculty = fixture.person("faculty@copy.example.org", Role.FACULTY);
        otherFaculty = fixture.person("other@copy.example.org", Role.FACULTY);
        trainee = fixture.person("trainee@copy.example.org", Role.TRAINEE);
        Cohort cohort = fixture.cohort("Copy 2025-2026");
        nextCohort = fixture.cohort("Copy 2026", NEXT_START);
        fixture.enrol(cohort, trainee);
        source = fixture.courses(c -> c.create(cohort.getId(), new CourseDetails("Foundations", "About it",
                LocalDate.of(2025, 9, 8), LocalDate.of(2025, 12, 19), true, 80), faculty.getId()));
        CourseModule first = fixture.courses(c -> c.addModule(source.getId(), "Infant mental health"));
        fixture.courses(c -> c.addModule(source.getId(), "Reflective practice"));
        fixture.courses(c -> c.addLink(first.getId(), "Zero to Three", "https://www.zerotothree.org/"));
        fixture.courses(c -> c.addFile(first.getId(), "Syllabus", CourseFixture.pdf("syllabus.pdf"),
                upload -> fixture.services(c.em).fileStore().store(upload, admin.getEmail())));
        // due at 5 pm Pacific standard time, copied into daylight saving time
        Assignment essay = fixture.pointsAssignment(source, "Essay", 20, LocalDateTime.of(2025, 12, 1, 1, 0));
        fixture.courses(c -> c.saveAssignment(source.getId(), null, null, new AssignmentDetails("Observation",
                "Observe.", LocalDateTime.of(2025, 10, 1, 0, 0), GradingKind.POINTS, 0, List.of(
                new AssignmentDetails.Criterion("Cues", List.of(new AssignmentDetails.Level("Emerging", 1, "Names few cues"),
                        new AssignmentDetails.Level("Strong", 5, "Names the child's cues to the provider")))))));
        fixture.submit(trainee, essay, "My essay");
        fixture.grading(g -> g.grade(faculty.getEmail(), fixture.submissions(s -> s.mine(trainee.getEmail(), essay.getId()))
                .orElseThrow().getId(), new GradeInput(BigDecimal.TEN, null, Map.of(), "Good")));
        template = db.inTransaction(em -> fixture.services(em).surveyTemplates().create("Short evaluation",
                SurveyPurpose.COURSE_EVALUATION));
        db.inTransaction(em -> {
            fixture.services(em).courseEvaluations().useTemplate(admin.getEmail(), source.getId(), template.getId());
            return null;
        });
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void theCopyHasTheModulesMaterialsAssignmentsRubricAndTemplateWithDatesMovedByTheCohortsStarts() {
        Course copy = fixture.copies(c -> c.copy(admin.getEmail(), source.getId(), nextCohort.getId(), otherFaculty.getId()));
        db.inTransaction(em -> {
            Course read = em.find(Course.class, copy.getId());
            assertEquals(nextCohort.getId(), read.getCohort().getId());
            assertEquals("Foundations", read.getTitle());
            assertEquals(otherFaculty.getId(), read.getFaculty().getId());
            assertEquals(80, read.getPassingPercent());
            assertEquals(LocalDate.of(2026, 3, 22), read.getStartDate());
            assertEquals(LocalDate.of(2026, 7, 2), read.getEndDate());
            assertEquals(List.of("Infant mental health", "Reflective practice"),
                    read.getModules().stream().map(CourseModule::getTitle).toList());
            List<CourseMaterial> materials = read.getModules().get(0).getMaterials();
            assertEquals(List.of("Zero to Three", "Syllabus"), materials.stream().map(CourseMaterial::getTitle).toList());
            assertEquals("https://www.zerotothree.org/", materials.get(0).getUrl());
            CourseMaterial sourceFile = em.find(Course.class, source.getId()).getModules().get(0).getMaterials().get(1);
            assertEquals(sourceFile.getFile().getId(), materials.get(1).getFile().getId(), "the same stored file");

            List<Assignment> assignments = fixture.services(em).courses().assignments(copy.getId());
            assertEquals(List.of("Observation", "Essay"), assignments.stream().map(Assignment::getTitle).toList());
            assertEquals(LocalDateTime.of(2026, 4, 14, 0, 0), assignments.get(0).getDueAt(), "5 pm daylight time both");
            assertEquals(LocalDateTime.of(2026, 6, 14, 0, 0), assignments.get(1).getDueAt(), "5 pm standard, then daylight");
            assertEquals(20, assignments.get(1).getMaxPoints());
            assertEquals(5, assignments.get(0).getMaxPoints());
            RubricCriterion cues = assignments.get(0).getCriteria().get(0);
            assertEquals("Cues", cues.getTitle());
            assertEquals(List.of("Names few cues", "Names the child's cues to the provider"),
                    cues.getLevels().stream().map(RubricLevel::getDescription).toList());

            assertEquals(template.getId(), fixture.services(em).courseEvaluations().templateOf(read).getId());
            return null;
        });
    }

    @Test
    void noSubmissionOrGradeOfTheOldCohortComesAlong() {
        Course copy = fixture.copies(c -> c.copy(admin.getEmail(), source.getId(), nextCohort.getId(), null));
        long submissions = db.inTransaction(em -> em.createQuery("select count(s) from Submission s"
                + " where s.assignment.course.id = :course", Long.class).setParameter("course", copy.getId()).getSingleResult());
        assertEquals(0, submissions);
        assertNull(db.inTransaction(em -> em.find(Course.class, copy.getId()).getFaculty()));
        Gradebook gradebook = fixture.gradebooks(g -> g.forCourse(admin.getEmail(), copy.getId())).orElseThrow();
        assertEquals(List.of(), gradebook.rows(), "nobody is enrolled in the new cohort yet");
    }

    @Test
    void aCopyCostsAFixedNumberOfReadsAndOneInsertPerCopiedRecord() {
        // course, 2 modules, 2 materials, 2 assignments, 1 criterion, 2 levels and the template choice; the application
        // adds an audit entry to each insert, which these tests do not wire
        int copiedRecords = 11;
        int reads = 9;
        db.statements().assertStatementsAtMost(reads + copiedRecords,
                () -> fixture.copies(c -> c.copy(admin.getEmail(), source.getId(), nextCohort.getId(), null)));
    }

    @Test
    void itsFacultyMemberCopiesTheCourseAndTeachesTheCopyWhoeverTheyName() {
        Course copy = fixture.copies(c -> c.copy(faculty.getEmail(), source.getId(), nextCohort.getId(), otherFaculty.getId()));
        assertEquals(faculty.getId(), db.inTransaction(em -> em.find(Course.class, copy.getId()).getFaculty().getId()));
    }

    @Test
    void anotherFacultyMemberOrATraineeCannotCopyIt() {
        for (Account stranger : List.of(otherFaculty, trainee)) {
            CourseRejected refused = assertThrows(CourseRejected.class,
                    () -> fixture.copies(c -> c.copy(stranger.getEmail(), source.getId(), nextCohort.getId(), null)));
            assertEquals("course.notAvailable", refused.messageKey());
        }
    }

    @Test
    void aClosedCohortTakesNoCopy() {
        Cohort closed = fixture.cohort("Closed 2024", LocalDate.of(2024, 9, 1));
        fixture.close(closed);
        CourseRejected refused = assertThrows(CourseRejected.class,
                () -> fixture.copies(c -> c.copy(admin.getEmail(), source.getId(), closed.getId(), null)));
        assertEquals("courseCopy.cohort.closed", refused.messageKey());
        assertEquals(List.of(), fixture.copies(c -> c.targets()).stream().filter(t -> t.getId().equals(closed.getId())).toList());
    }
}
