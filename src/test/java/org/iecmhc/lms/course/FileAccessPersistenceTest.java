package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may download which stored file: course materials for the course's people, handed-in files for their readers. */
class FileAccessPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-02-01T18:00:00Z"));

    @TempDir
    static Path files;

    private static TestDatabase db;
    private static CourseFixture fixture;
    private static Account faculty;
    private static Account otherFaculty;
    private static Account member;
    private static Account classmate;
    private static Account outsider;
    private static Course course;

    @BeforeAll
    static void createCourse() {
        db = TestDatabase.migrated();
        fixture = new CourseFixture(db, CLOCK, files);
        faculty = fixture.person("faculty@files.example.org", Role.FACULTY);
        otherFaculty = fixture.person("other@files.example.org", Role.FACULTY);
        member = fixture.person("member@files.example.org", Role.TRAINEE);
        classmate = fixture.person("classmate@files.example.org", Role.TRAINEE);
        outsider = fixture.person("outsider@files.example.org", Role.TRAINEE);
        Cohort cohort = fixture.cohort("Files cohort");
        fixture.enrol(cohort, member);
        fixture.enrol(cohort, classmate);
        course = fixture.course(cohort, "Files course", faculty);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void aMaterialFileIsForThePeopleOfItsCourse() throws Exception {
        CourseModule module = fixture.courses(s -> s.addModule(course.getId(), "Readings"));
        StoredFile syllabus = fixture.files(store -> store
                .store(CourseFixture.upload("Syllabus 2026.txt", "Semana 1: observación".getBytes(StandardCharsets.UTF_8)),
                        "admin@files.example.org"));
        fixture.courses(s -> s.addFile(module.getId(), "Syllabus", syllabus, Function.identity()));

        assertTrue(readable(member, syllabus));
        assertTrue(readable(faculty, syllabus));
        assertTrue(!readable(outsider, syllabus));
        assertTrue(!readable(otherFaculty, syllabus));
        try (InputStream in = fixture.files(store -> open(store, syllabus))) {
            assertEquals("Semana 1: observación", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHandedInFileIsForItsTraineeAndTheCoursesFacultyOnly() {
        Assignment assignment = fixture.pointsAssignment(course, "With a file", 10, LocalDateTime.of(2026, 3, 1, 8, 0));
        Submission work = fixture.submit(member, assignment, "See attached", CourseFixture.pdf("plan.pdf"));
        StoredFile attached = fixture.submissions(s -> s.readable(member.getEmail(), work.getId())).orElseThrow()
                .getLatestAttempt().getFiles().get(0);
        assertTrue(readable(member, attached));
        assertTrue(readable(faculty, attached));
        assertTrue(!readable(classmate, attached), "a classmate cannot download it by guessing the id");
        assertTrue(!readable(otherFaculty, attached));
        assertTrue(fixture.reader(r -> r.readableFile(member.getEmail(), 999_999)).isEmpty());
    }

    private static boolean readable(Account person, StoredFile file) {
        return fixture.reader(r -> r.readableFile(person.getEmail(), file.getId())).isPresent();
    }

    private static InputStream open(FileStore store, StoredFile file) {
        try {
            return store.open(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
