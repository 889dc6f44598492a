package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.Notification;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Certificates that expire, are renewed and are reissued, on MariaDB: validity from the cohort's terms, the old code
 * of a reissued certificate answering "superseded", the renewal reminder told once per person, the renewal
 * activities alumni record, and the signatories.
 */
class CertificateRenewalPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T18:00:00Z"));
    private static final CompletionRequirements NOTHING_BUT_EVALUATION =
            new CompletionRequirements(BigDecimal.ZERO, 0, BigDecimal.ZERO, true);
    private static final String ADMIN = "certificate.admin@example.org";
    private static final Viewer ADMINISTRATOR = new Viewer(ADMIN, true);
    private static final LocalDate COMPLETED = LocalDate.of(2026, 2, 20);

    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabase.migrated();
        db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(ADMIN, "Ada", "Admin",
                Language.EN, EnumSet.of(Role.ADMINISTRATOR)), "long enough password", false));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aReissuedCertificateHasANewCodeAndItsOldCodeVerifiesAsSupersededOnly() {
        Cohort cohort = cohort("Reissue cohort", 24);
        Enrollment ana = completed(cohort, "ana.reissue@example.org");
        Certificate first = completion(s -> s.issueForCompleted(ana.getId(), ADMIN));
        assertEquals(COMPLETED.plusMonths(24), first.getValidUntil(), "the completion day plus the cohort's validity");

        assertThrows(CompletionRejected.class, () -> completion(s -> s.reissue(new Viewer("ana.reissue@example.org", false), ana.getId())));
        CLOCK.advance(Duration.ofDays(4));
        Certificate reissued;
        try {
            reissued = completion(s -> s.reissue(ADMINISTRATOR, ana.getId()));
        } finally {
            CLOCK.advance(Duration.ofDays(-4));
        }

        assertNotEquals(first.getCode(), reissued.getCode());
        assertTrue(CertificateCodes.isWellFormed(reissued.getCode()));
        Verification old = completion(s -> s.check(first.getCode().toLowerCase(Locale.ROOT)));
        assertEquals(VerificationStatus.SUPERSEDED, old.status());
        assertNull(old.certificate(), "nothing about the holder for a superseded code");
        assertEquals(LocalDate.of(2026, 3, 5), old.supersededOn());
        Verification current = completion(s -> s.check(reissued.getCode()));
        assertEquals(VerificationStatus.VALID, current.status());
        assertEquals("First ana.reissue", current.certificate().traineeName());
        assertEquals(VerificationStatus.UNKNOWN, completion(s -> s.check("ZZZZZZZZZZZZ")).status());
        assertEquals(1, completion(s -> s.certificatesOf(ADMINISTRATOR, cohort.getId())).size(), "still one certificate");

        List<Notification> told = notificationsOf("ana.reissue@example.org");
        assertEquals("/verify/" + reissued.getCode(), told.get(0).getLinkPath());
        assertTrue(told.get(0).text(Locale.ENGLISH).contains("was reissued with a new code"), told.get(0).text(Locale.ENGLISH));

        CLOCK.advance(Duration.ofDays(730));
        try {
            assertEquals(VerificationStatus.EXPIRED, completion(s -> s.check(reissued.getCode())).status(),
                    "valid until " + reissued.getValidUntil());
        } finally {
            CLOCK.advance(Duration.ofDays(-730));
        }
    }

    @Test
    void aCohortWithoutTermsIssuesCertificatesThatNeverExpire() {
        Cohort cohort = cohort("Lasting cohort", 0);
        Enrollment ben = completed(cohort, "ben.lasting@example.org");
        Certificate certificate = completion(s -> s.issueForCompleted(ben.getId(), ADMIN));
        assertNull(certificate.getValidUntil());
        assertTrue(renewals(r -> r.ofAlumnus("ben.lasting@example.org")).isEmpty());
    }

    @Test
    void theRenewalReminderComesSixtyDaysAheadAndOncePerPerson() {
        Cohort cohort = cohort("Reminder cohort", 12);
        Enrollment cara = completed(cohort, "cara.reminder@example.org");
        Enrollment dan = completed(cohort, "dan.reminder@example.org");
        completion(s -> s.issueForCompleted(cara.getId(), ADMIN));
        completion(s -> s.issueForCompleted(dan.getId(), ADMIN));
        LocalDate expires = COMPLETED.plusMonths(12);
        int before = notificationsOf("cara.reminder@example.org").size();

        assertEquals(0, remindOn(expires.minusDays(61)), "not yet");
        assertEquals(2, remindOn(expires.minusDays(60)));
        assertEquals(0, remindOn(expires.minusDays(59)), "each is reminded once");
        assertEquals(0, remindOn(expires.minusDays(30)));

        List<Notification> told = notificationsOf("cara.reminder@example.org");
        assertEquals(before + 1, told.size());
        assertEquals("Your certificate for the Consultant Training Program (Reminder cohort) expires on " + expires
                + ". See what renews it on your progress page.", told.get(0).text(Locale.ENGLISH));
        assertEquals("/completion/progress.xhtml", told.get(0).getLinkPath());
    }

    @Test
    void alumniRecordRenewalHoursAndTheyAndAnAdministratorSeeTheWayTowardRenewal() {
        Cohort cohort = cohort("Renewal cohort", 24);
        Enrollment eva = completed(cohort, "eva.renewal@example.org");
        completion(s -> s.issueForCompleted(eva.getId(), ADMIN));

        renewals(r -> {
            r.record("eva.renewal@example.org", eva.getId(), input(RenewalKind.TRAINING, "6", LocalDate.of(2026, 2, 25), "Trauma-informed care"));
            return null;
        });
        renewals(r -> {
            r.record("eva.renewal@example.org", eva.getId(), input(RenewalKind.SUPERVISION, "1.5", LocalDate.of(2026, 2, 28), "Group RS"));
            return null;
        });
        assertEquals("certificate.renewal.doneOn", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.record("eva.renewal@example.org", eva.getId(), input(RenewalKind.TRAINING, "2", LocalDate.of(2026, 3, 2), "Tomorrow"));
            return null;
        })).messageKey(), "not in the future");
        assertEquals("certificate.renewal.doneOn", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.record("eva.renewal@example.org", eva.getId(), input(RenewalKind.TRAINING, "2", LocalDate.of(2026, 2, 1), "Before"));
            return null;
        })).messageKey(), "not before completing");
        assertEquals("certificate.renewal.hours", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.record("eva.renewal@example.org", eva.getId(), input(RenewalKind.TRAINING, "0", LocalDate.of(2026, 2, 25), "Zero"));
            return null;
        })).messageKey());
        assertEquals("certificate.renewal.notYours", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.record("someone.else@example.org", eva.getId(), input(RenewalKind.TRAINING, "2", LocalDate.of(2026, 2, 25), "Not mine"));
            return null;
        })).messageKey());

        RenewalProgress mine = renewals(r -> r.ofAlumnus("eva.renewal@example.org")).get(0);
        assertEquals(new BigDecimal("6.00"), mine.trainingDone());
        assertEquals(new BigDecimal("12.00"), mine.trainingRequired());
        assertEquals(new BigDecimal("1.50"), mine.supervisionDone());
        assertEquals(2, mine.activities().size());
        assertFalse(mine.isMet());
        RenewalProgress seen = renewals(r -> r.ofCohort(ADMINISTRATOR, cohort.getId())).get(0);
        assertEquals("6 / 12", seen.getTraining());
        assertEquals("1.5 / 6", seen.getSupervision());
        assertThrows(CompletionRejected.class, () -> renewals(r -> r.ofCohort(new Viewer("eva.renewal@example.org", false), cohort.getId())));
    }

    @Test
    void administratorsSetTheRenewalTermsWithinBounds() {
        Cohort cohort = cohort("Terms cohort", 0);
        RenewalTermsInput terms = new RenewalTermsInput();
        terms.setValidMonths(121);
        assertEquals("certificate.terms.months", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.setTerms(ADMINISTRATOR, cohort.getId(), terms);
            return null;
        })).messageKey());
        terms.setValidMonths(36);
        terms.setTrainingHours(new BigDecimal("1000"));
        assertEquals("certificate.terms.hours", assertThrows(CompletionRejected.class, () -> renewals(r -> {
            r.setTerms(ADMINISTRATOR, cohort.getId(), terms);
            return null;
        })).messageKey());
        terms.setTrainingHours(new BigDecimal("20"));
        renewals(r -> {
            r.setTerms(ADMINISTRATOR, cohort.getId(), terms);
            return null;
        });
        RenewalTermsInput stored = renewals(r -> r.form(cohort.getId()));
        assertEquals(36, stored.getValidMonths());
        assertEquals(0, new BigDecimal("20").compareTo(stored.getTrainingHours()));
        assertEquals(0, BigDecimal.ZERO.compareTo(stored.getSupervisionHours()));
        terms.setValidMonths(null);
        renewals(r -> {
            r.setTerms(ADMINISTRATOR, cohort.getId(), terms);
            return null;
        });
        assertNull(renewals(r -> r.form(cohort.getId())).getValidMonths(), "no validity: the terms are gone");
    }

    @Test
    void signatoriesAreSavedInOrderAndAnIncompleteOneIsRefused() {
        signatories(s -> {
            s.save(ADMINISTRATOR, List.of(new SignatoryLine("Dr. Maya Chen", "Director"), new SignatoryLine("", ""),
                    new SignatoryLine("Luis Ortega", "Training Lead")));
            return null;
        });
        List<SignatoryLine> printed = signatories(Signatories::printed);
        assertEquals(List.of("Dr. Maya Chen", "Luis Ortega"), printed.stream().map(SignatoryLine::getName).toList());
        assertEquals(3, signatories(Signatories::form).size(), "three lines to fill");
        assertEquals("certificate.signatory.incomplete", assertThrows(CompletionRejected.class, () -> signatories(s -> {
            s.save(ADMINISTRATOR, List.of(new SignatoryLine("Only a name", "")));
            return null;
        })).messageKey());
        assertThrows(CompletionRejected.class, () -> signatories(s -> {
            s.save(new Viewer("someone@example.org", false), List.of());
            return null;
        }));
        signatories(s -> {
            s.save(ADMINISTRATOR, List.of(new SignatoryLine("Luis Ortega", "Program Director")));
            return null;
        });
        assertEquals(List.of("Program Director"), signatories(Signatories::printed).stream().map(SignatoryLine::getTitle).toList());
    }

    private static RenewalInput input(RenewalKind kind, String hours, LocalDate on, String description) {
        RenewalInput input = new RenewalInput();
        input.setKind(kind);
        input.setHours(new BigDecimal(hours));
        input.setDoneOn(on);
        input.setDescription(description);
        return input;
    }

    private static int remindOn(LocalDate day) {
        return db.inTransaction(em -> Services.on(em, CLOCK).renewalReminders()
                .remind(ZonedDateTime.of(day.atStartOfDay(), PacificTime.ZONE)));
    }

    private static List<Notification> notificationsOf(String email) {
        return db.inTransaction(em -> Services.on(em, CLOCK).notifications().page(email, 0, 50).rows());
    }

    private static <T> T completion(Function<Completions, T> work) {
        return db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            return work.apply(services.completion(List.of(services.courseCredits())));
        });
    }

    private static <T> T renewals(Function<Renewals, T> work) {
        return db.inTransaction(em -> {
            Renewals renewals = new Renewals();
            renewals.em = em;
            renewals.clock = CLOCK;
            return work.apply(renewals);
        });
    }

    private static <T> T signatories(Function<Signatories, T> work) {
        return db.inTransaction(em -> {
            Signatories signatories = new Signatories();
            signatories.em = em;
            return work.apply(signatories);
        });
    }

    /** A cohort whose certificates are valid this many months (none when 0), renewed with 12 and 6 hours. */
    private static Cohort cohort(String name, int validMonths) {
        Cohort cohort = db.inTransaction(em -> Services.on(em, CLOCK).cohorts().create(new CohortDetails(name,
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 40), CohortStatus.ACTIVE,
                NOTHING_BUT_EVALUATION, Set.of()));
        if (validMonths > 0) {
            RenewalTermsInput terms = new RenewalTermsInput();
            terms.setValidMonths(validMonths);
            terms.setTrainingHours(new BigDecimal("12"));
            terms.setSupervisionHours(new BigDecimal("6"));
            renewals(r -> {
                r.setTerms(ADMINISTRATOR, cohort.getId(), terms);
                return null;
            });
        }
        return cohort;
    }

    /** Enrolled, then marked completed on {@link #COMPLETED} as a roster typed in afterwards would be. */
    private static Enrollment completed(Cohort cohort, String email) {
        return db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            Enrollment enrollment = services.enrollments().enrol(cohort.getId(), email, "First",
                    email.substring(0, email.indexOf('@')), Language.EN, EnrollmentStatus.ENROLLED);
            services.enrollments().end(enrollment.getId(), EnrollmentStatus.COMPLETED, COMPLETED);
            enrollment.getTrainee().getId();
            return enrollment;
        });
    }

}
