package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradedWork;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;

/**
 * A cohort with one faculty member and one graded course, whose trainees are added in batches, each with a year of
 * supervision, CoP, practicum and final-evaluation records and 8 of 10 points on the course's essay: for counting what
 * completion costs as a cohort grows.
 */
final class CohortOfRecords {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));

    private final TestDatabase db;
    private final String name;
    private final long faculty;
    private final long cohortId;
    private final long assignment;
    private final List<YearOfRecords.Trainee> trainees = new ArrayList<>();
    private final YearOfRecords year = new YearOfRecords();

    /** The cohort {@code "<name> cohort"}, its faculty member {@code <name>.faculty@example.org}. */
    CohortOfRecords(TestDatabase db, String name) {
        this.db = db;
        this.name = name;
        faculty = db.inTransaction(em -> services(em).accounts().create(new AccountDetails(facultyEmail(), name,
                "Faculty", Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
        cohortId = db.inTransaction(em -> services(em).cohorts().create(new CohortDetails(cohortName(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 60), CohortStatus.ACTIVE,
                new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true), Set.of(faculty))).getId();
        long course = db.inTransaction(em -> services(em).courses().create(cohortId, new CourseDetails("Foundations",
                "The model.", null, null, true, 70), faculty)).getId();
        assignment = db.inTransaction(em -> services(em).courses().saveAssignment(course, null, null,
                new AssignmentDetails("Essay", "Write it.", LocalDateTime.of(2026, 1, 10, 12, 0), GradingKind.POINTS, 10,
                        List.of()))).getId();
    }

    String facultyEmail() {
        return name.toLowerCase() + ".faculty@example.org";
    }

    String cohortName() {
        return name + " cohort";
    }

    long cohortId() {
        return cohortId;
    }

    List<YearOfRecords.Trainee> trainees() {
        return trainees;
    }

    String email(int trainee) {
        return String.format("%s%02d@example.org", name.toLowerCase(), trainee);
    }

    YearOfRecords.Earned earnedBy(long accountId) {
        return year.earnedBy(accountId);
    }

    /** Enrols trainees until the cohort has {@code count}, each with their records. */
    void enrolUpTo(int count) {
        List<YearOfRecords.Trainee> added = new ArrayList<>();
        for (int t = trainees.size(); t < count; t++) {
            String email = email(t);
            added.add(db.inTransaction(em -> {
                Enrollment enrollment = services(em).enrollments().enrol(cohortId, email, name, email, Language.EN,
                        EnrollmentStatus.ENROLLED);
                return new YearOfRecords.Trainee(enrollment.getTrainee().getId(), enrollment.getId());
            }));
        }
        try {
            GradedWork.insert(db, added.stream().map(YearOfRecords.Trainee::accountId).toList(), List.of(assignment),
                    faculty, 8);
            year.insert(db, cohortId, faculty, added);
        } catch (SQLException e) {
            throw new IllegalStateException("The records could not be stored", e);
        }
        trainees.addAll(added);
    }

    /** Completion with every credit source of the application. */
    static Completions completions(EntityManager em) {
        Services services = services(em);
        return services.completion(List.of(services.courseCredits(), services.supervisionCredits(),
                services.practiceCredits(), services.practicumCredits(), services.finalEvaluationCredits()));
    }

    static Services services(EntityManager em) {
        return Services.on(em, CLOCK);
    }
}
