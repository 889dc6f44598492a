package org.iecmhc.lms.course;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.testsupport.Uploads;

/** Builds cohorts, people, courses and submissions in a test database through the services, as the pages would. */
final class CourseFixture {


    private final TestDatabase db;
    private final Clock clock;
    private final Path files;

    CourseFixture(TestDatabase db, Clock clock, Path files) {
        this.db = db;
        this.clock = clock;
        this.files = files;
    }

    Account person(String email, Role role) {
        return db.inTransaction(em -> services(em).accounts().create(new AccountDetails(email, "First",
                email.substring(0, email.indexOf('@')), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    Cohort cohort(String name) {
        return cohort(name, LocalDate.of(2025, 9, 1));
    }

    Cohort cohort(String name, LocalDate start) {
        return db.inTransaction(em -> {
            Cohort cohort = new Cohort(name, start, start.plusMonths(10).minusDays(1), InstructionLanguage.values()[0], 40);
            em.persist(cohort);
            return cohort;
        });
    }

    void enrol(Cohort cohort, Account trainee) {
        db.inTransaction(em -> {
            em.persist(new Enrollment(em.find(Cohort.class, cohort.getId()), em.find(Account.class, trainee.getId()),
                    EnrollmentStatus.ENROLLED, LocalDate.of(2025, 9, 1)));
            return null;
        });
    }

    void close(Cohort cohort) {
        db.inTransaction(em -> em.createQuery("update Cohort c set c.status = org.iecmhc.lms.cohort.CohortStatus.CLOSED"
                + " where c.id = :id").setParameter("id", cohort.getId()).executeUpdate());
    }

    Course course(Cohort cohort, String title, Account faculty) {
        return courses(s -> s.create(cohort.getId(), new CourseDetails(title, "About " + title, null, null, true, 70),
                faculty == null ? null : faculty.getId()));
    }

    Assignment pointsAssignment(Course course, String title, int points, LocalDateTime dueUtc) {
        return courses(s -> s.saveAssignment(course.getId(), null, null,
                new AssignmentDetails(title, "Write it.", dueUtc, GradingKind.POINTS, points, List.of())));
    }

    Assignment rubricAssignment(Course course, String title, LocalDateTime dueUtc) {
        return courses(s -> s.saveAssignment(course.getId(), null, null, new AssignmentDetails(title, "Observe and reflect.",
                dueUtc, GradingKind.POINTS, 0, List.of(
                        new AssignmentDetails.Criterion("Observation", List.of(new AssignmentDetails.Level("Emerging", 2),
                                new AssignmentDetails.Level("Proficient", 6))),
                        new AssignmentDetails.Criterion("Reflection", List.of(new AssignmentDetails.Level("Emerging", 1),
                                new AssignmentDetails.Level("Strong", 4)))))));
    }

    Submission submit(Account trainee, Assignment assignment, String text, FileStore.Upload... uploads) {
        return submissions(s -> s.submit(trainee.getEmail(), assignment.getId(), text, List.of(uploads)));
    }

    <T> T courses(Function<Courses, T> work) {
        return db.inTransaction(em -> work.apply(services(em).courses()));
    }

    <T> T copies(Function<CourseCopies, T> work) {
        return db.inTransaction(em -> work.apply(services(em).courseCopies()));
    }

    <T> T submissions(Function<Submissions, T> work) {
        return db.inTransaction(em -> work.apply(services(em).submissions()));
    }

    <T> T grading(Function<Grades, T> work) {
        return db.inTransaction(em -> work.apply(services(em).grading()));
    }

    <T> T order(Function<GradingOrder, T> work) {
        return db.inTransaction(em -> work.apply(services(em).gradingOrder()));
    }

    <T> T gradebooks(Function<Gradebooks, T> work) {
        return db.inTransaction(em -> work.apply(services(em).gradebooks()));
    }

    <T> T home(Function<HomeSummary, T> work) {
        return db.inTransaction(em -> work.apply(services(em).homeSummary()));
    }

    /** What the trainee's home page shows of their cohorts, courses and graded work, read alone. */
    TraineeSummary traineeHome(String email) {
        return db.inTransaction(em -> services(em).homeSummary().ofTrainee(email).from(em));
    }

    <T> T credits(Function<CourseCredits, T> work) {
        return db.inTransaction(em -> work.apply(services(em).courseCredits()));
    }

    <T> T reader(Function<CourseReader, T> work) {
        return db.inTransaction(em -> work.apply(services(em).courseReader()));
    }

    <T> T files(Function<FileStore, T> work) {
        return db.inTransaction(em -> work.apply(services(em).fileStore()));
    }

    <T> T notifications(Function<Notifications, T> work) {
        return db.inTransaction(em -> work.apply(services(em).notifications()));
    }

    Services services(EntityManager em) {
        return Services.on(em, clock, files);
    }

    static FileStore.Upload upload(String name, byte[] content) {
        return Uploads.upload(name, content);
    }

    static FileStore.Upload pdf(String name) {
        return Uploads.pdf(name);
    }
}
