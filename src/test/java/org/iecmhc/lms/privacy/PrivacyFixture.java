package org.iecmhc.lms.privacy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortService;
import org.iecmhc.lms.cohort.CohortPersonalData;
import org.iecmhc.lms.cohort.EnrollmentService;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.ProfileAnswers;
import org.iecmhc.lms.cohort.RaceEthnicity;
import org.iecmhc.lms.cohort.TraineeProfileService;
import org.iecmhc.lms.consultation.ConsultationPersonalData;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.CoursePersonalData;
import org.iecmhc.lms.course.CourseService;
import org.iecmhc.lms.course.GradeInput;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.course.GradingService;
import org.iecmhc.lms.course.SubmissionService;
import org.iecmhc.lms.helpline.HelplinePersonalData;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.AccountPersonalData;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.OpenDoorPersonalData;
import org.iecmhc.lms.platform.audit.AuditErasure;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.support.SupportPersonalData;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.testsupport.Uploads;

/**
 * A cohort with a faculty member and trainees who applied, answered their profile, handed in work with a file and
 * got feedback, built through the features' own services; and the privacy service wired by hand as CDI would.
 */
final class PrivacyFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T18:00:00Z"), ZoneOffset.UTC);
    private static final PasswordHasher HASHER = new PasswordHasher();

    private final TestDatabase db;
    private final Path files;
    final long cohortId;
    final long assignmentId;
    private final String facultyEmail = "faculty.privacy@example.org";

    PrivacyFixture(TestDatabase db, Path files) {
        this.db = db;
        this.files = files;
        long facultyId = db.inTransaction(em -> accounts(em).create(new AccountDetails(facultyEmail, "Fay", "Culty",
                Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
        cohortId = db.inTransaction(em -> new CohortService(em).create(new CohortDetails("2025-2026",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 40))).getId();
        long courseId = db.inTransaction(em -> new CourseService(em).create(cohortId,
                new CourseDetails("Foundations", "About foundations", null, null, true, 70), facultyId)).getId();
        assignmentId = db.inTransaction(em -> new CourseService(em).saveAssignment(courseId, null, null,
                new AssignmentDetails("Reflection", "Write it.", LocalDateTime.of(2026, 5, 1, 12, 0),
                        GradingKind.POINTS, 10, List.of()))).getId();
    }

    /** A trainee in the cohort with profile answers, a graded submission with text, feedback and a PDF. */
    long trainee(String email, String first, String last, RaceEthnicity race, LanguageBackground language,
                 String agency, String text) {
        long id = db.inTransaction(em -> enrollments(em).enrol(cohortId, email, first, last, Language.EN,
                EnrollmentStatus.ENROLLED)).getTrainee().getId();
        db.inTransaction(em -> new TraineeProfileService(em).answer(id,
                new ProfileAnswers(race, language, "06037", agency, "Licensed clinical social worker")));
        long submissionId = db.inTransaction(em -> new SubmissionService(em, fileStore(em), CLOCK)
                .submit(email, assignmentId, text, List.of(Uploads.pdf(last + "-reflection.pdf")))).getId();
        db.inTransaction(em -> new GradingService(em, CLOCK).grade(facultyEmail, submissionId,
                new GradeInput(new BigDecimal("8"), null, null, "Thoughtful work, " + first)));
        return id;
    }

    void withdraw(long accountId, String reason) {
        db.inTransaction(em -> {
            long enrollmentId = em.createQuery("select e.id from Enrollment e where e.trainee.id = :id", Long.class)
                    .setParameter("id", accountId).getSingleResult();
            enrollments(em).withdraw(enrollmentId, LocalDate.of(2026, 3, 10), reason);
            return null;
        });
    }

    /** An audit entry as the container's listener would have written it. */
    void audited(String actor, String action, String entityType, String entityId, String summary) {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into audit_entry"
                     + " (occurred_at, actor, action, entity_type, entity_id, summary) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(CLOCK)));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, entityType);
            insert.setString(5, entityId);
            insert.setString(6, summary);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T privacy(Function<PrivacyService, T> work) {
        return db.inTransaction(em -> {
            AuditLog auditLog = new AuditLog(em);
            PrivacyService privacy = new PrivacyService(List.of(new AccountPersonalData(em, HASHER),
                    new CohortPersonalData(em), new CoursePersonalData(em, fileStore(em)), new HelplinePersonalData(em, auditLog),
                    new OpenDoorPersonalData(em), new SupportPersonalData(em), new ConsultationPersonalData(em)),
                    accounts(em), enrollments(em), auditLog, new AuditErasure(em), CLOCK);
            return work.apply(privacy);
        });
    }

    private FileStore fileStore(EntityManager em) {
        return new FileStore(em, CLOCK, files.toString());
    }

    private static AccountService accounts(EntityManager em) {
        return new AccountService(em, HASHER, CLOCK);
    }

    private static EnrollmentService enrollments(EntityManager em) {
        AccountService accounts = accounts(em);
        return new EnrollmentService(em, accounts, new CohortService(em), CLOCK);
    }
}
