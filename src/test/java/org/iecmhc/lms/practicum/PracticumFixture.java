package org.iecmhc.lms.practicum;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;

/**
 * The practicum services over one transaction of a test database, and a
 * small world per test: a cohort taught by one faculty member, two trainees placed with a provider.
 */
final class PracticumFixture {

    /** 2026-01-15, noon in California. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T20:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 5, 31);

    /** One cohort's people, by email, and the two trainees' placements. */
    record World(long cohortId, String faculty, String trainee, String otherTrainee, long placement, long otherPlacement,
                 long providerId, long traineeEnrollment) {
    }

    private final TestDatabase db;

    PracticumFixture(TestDatabase db) {
        this.db = db;
    }

    <T> T in(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK)));
    }

    String person(String email, Role... roles) {
        in(s -> s.accounts().create(new AccountDetails(email, "First", email.substring(0, email.indexOf('@')),
                Language.EN, EnumSet.of(roles[0], roles)), "long enough password", false));
        return email;
    }

    /** A world whose emails start with the prefix, so that tests sharing the database never meet. */
    World world(String prefix) {
        String admin = prefix + ".admin@example.org";
        person(admin, Role.ADMINISTRATOR);
        String faculty = person(prefix + ".faculty@example.org", Role.FACULTY);
        long facultyId = in(s -> s.accounts().findByEmail(faculty).orElseThrow().getId());
        long cohortId = in(s -> s.cohorts().create(new CohortDetails(prefix + " cohort", START, END,
                InstructionLanguage.EN, 40), CohortStatus.ACTIVE, new CompletionRequirements(BigDecimal.ONE, 0,
                new BigDecimal("60"), false), Set.of(facultyId)).getId());
        String trainee = prefix + ".trainee@example.org";
        String other = prefix + ".other@example.org";
        long enrollment = enrol(cohortId, trainee);
        long otherEnrollment = enrol(cohortId, other);
        long providerId = in(s -> {
            Provider provider = s.providers().add(new ProviderDetails(prefix + " Little Acorns", ProviderKind.CENTER_BASED,
                    "06001", "Oakland", null, "Maya", null, null, EnumSet.of(ServiceLanguage.EN)));
            s.em().flush();
            return provider.getId();
        });
        long placement = place(admin, enrollment, providerId, START, END);
        long otherPlacement = place(admin, otherEnrollment, providerId, START, END);
        return new World(cohortId, faculty, trainee, other, placement, otherPlacement, providerId, enrollment);
    }

    long enrol(long cohortId, String email) {
        return in(s -> s.enrollments()
                .enrol(cohortId, email, "Tess", email.substring(0, email.indexOf('@')), Language.EN, EnrollmentStatus.ENROLLED)
                .getId());
    }

    long place(String email, long enrollmentId, long providerId, LocalDate start, LocalDate end) {
        return in(s -> s.placements().create(email, new PlacementDetails(enrollmentId, providerId, "Maya Brooks",
                "maya@example.org", start, end, PlacementStatus.ACTIVE)).getId());
    }

    LogEntry log(String trainee, long placementId, LocalDate day, String startsAt, int minutes) {
        return in(s -> s.practicumLog().log(trainee, placementId, new EntryDetails(day, LocalTime.parse(startsAt), minutes,
                PracticumActivity.OBSERVATION, "Observed the toddler room.")));
    }
}
