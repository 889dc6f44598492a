package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.iecmhc.lms.identity.Account;
import org.junit.jupiter.api.Test;

/** Applied, enrolled, then completed, not completed or withdrawn; nothing else. */
class EnrollmentLifecycleTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 8, 1);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate LATER = LocalDate.of(2027, 12, 1);

    @Test
    void anApplicantIsEnrolledAndThenCompletes() {
        Enrollment enrollment = applied();
        enrollment.enrol(START.plusDays(10));
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus());
        assertEquals(START.plusDays(10), enrollment.getEnrolledOn());
        enrollment.end(EnrollmentStatus.COMPLETED, LocalDate.of(2027, 6, 30), LATER);
        assertEquals(EnrollmentStatus.COMPLETED, enrollment.getStatus());
        assertEquals(LocalDate.of(2027, 6, 30), enrollment.getEndedOn());
    }

    @Test
    void anEnrollmentTakesPartFromTheCohortsStartUnlessADateIsStated() {
        assertEquals(START, enrolled().getEnrolledOn(), "enrolled before the start");
        Enrollment history = new Enrollment(cohort(), trainee(), EnrollmentStatus.ENROLLED, LATER);
        assertEquals(START, history.getEnrolledOn(), "a past cohort's roster counts in the cohort's year");
        assertEquals(START, history.getAppliedOn(), "an application is not dated after the start");
        Enrollment accepted = new Enrollment(cohort(), trainee(), EnrollmentStatus.APPLIED, LATER);
        accepted.enrol(null);
        assertEquals(START, accepted.getEnrolledOn());
        Enrollment late = new Enrollment(cohort(), trainee(), EnrollmentStatus.ENROLLED, LATER, LocalDate.of(2027, 1, 4));
        assertEquals(LocalDate.of(2027, 1, 4), late.getEnrolledOn(), "joined mid-year on the stated day");
        assertEquals("enrollment.enrolledOn.outsideCohort", assertThrows(CohortRejected.class, () -> new Enrollment(
                cohort(), trainee(), EnrollmentStatus.ENROLLED, LATER, LocalDate.of(2027, 7, 1))).messageKey());
        assertEquals("enrolledOn", assertThrows(CohortRejected.class,
                () -> applied().enrol(START.minusDays(1))).field());
    }

    @Test
    void anOutcomeIsNeitherInTheFutureNorBeforeTheStart() {
        Enrollment enrollment = enrolled();
        assertEquals("enrollment.endedOn.future", assertThrows(CohortRejected.class,
                () -> enrollment.end(EnrollmentStatus.COMPLETED, LATER.plusDays(1), LATER)).messageKey());
        assertEquals("enrollment.endedOn.beforeEnrolled", assertThrows(CohortRejected.class,
                () -> enrollment.end(EnrollmentStatus.NOT_COMPLETED, START.minusDays(1), LATER)).messageKey());
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus(), "a refused outcome changes nothing");
    }

    @Test
    void onlyAnEnrolledTraineeCompletesOrNot() {
        assertEquals("enrollment.transition.notEnrolled", assertThrows(CohortRejected.class,
                () -> applied().end(EnrollmentStatus.NOT_COMPLETED, APPLIED, LATER)).messageKey());
        Enrollment done = enrolled();
        done.end(EnrollmentStatus.NOT_COMPLETED, APPLIED.plusMonths(10), LATER);
        assertEquals(EnrollmentStatus.NOT_COMPLETED, done.getStatus());
        assertThrows(CohortRejected.class, () -> done.end(EnrollmentStatus.COMPLETED, APPLIED.plusMonths(11), LATER));
        assertThrows(IllegalArgumentException.class, () -> enrolled().end(EnrollmentStatus.WITHDRAWN, APPLIED, LATER));
    }

    @Test
    void onlyAnApplicantIsEnrolled() {
        assertEquals("enrollment.transition.notApplied",
                assertThrows(CohortRejected.class, () -> enrolled().enrol(null)).messageKey());
    }

    @Test
    void aWithdrawalNeedsADateNotBeforeTheApplicationAndAReason() {
        Enrollment enrollment = enrolled();
        CohortRejected noDate = assertThrows(CohortRejected.class, () -> enrollment.withdraw(null, "Moved"));
        assertEquals("withdrawnOn", noDate.field());
        CohortRejected early = assertThrows(CohortRejected.class, () -> enrollment.withdraw(APPLIED.minusDays(1), "Moved"));
        assertEquals("enrollment.withdrawnOn.beforeApplied", early.messageKey());
        CohortRejected noReason = assertThrows(CohortRejected.class, () -> enrollment.withdraw(APPLIED, "  "));
        assertEquals("reason", noReason.field());
        assertThrows(CohortRejected.class, () -> enrollment.withdraw(APPLIED, "x".repeat(501)));
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus(), "a refused withdrawal changes nothing");

        enrollment.withdraw(APPLIED.plusDays(3), "  Moved out of state ");
        assertEquals(EnrollmentStatus.WITHDRAWN, enrollment.getStatus());
        assertEquals(APPLIED.plusDays(3), enrollment.getWithdrawnOn());
        assertEquals("Moved out of state", enrollment.getWithdrawalReason());
    }

    @Test
    void anApplicantMayWithdrawButAFinalEnrollmentCannot() {
        Enrollment applicant = applied();
        applicant.withdraw(APPLIED, "Took another job");
        assertEquals(EnrollmentStatus.WITHDRAWN, applicant.getStatus());
        assertEquals("enrollment.transition.notActive",
                assertThrows(CohortRejected.class, () -> applicant.withdraw(APPLIED, "Again")).messageKey());
        Enrollment completed = enrolled();
        completed.end(EnrollmentStatus.COMPLETED, APPLIED.plusMonths(10), LATER);
        assertThrows(CohortRejected.class, () -> completed.withdraw(APPLIED.plusMonths(11), "Too late"));
    }

    @Test
    void onlyAppliedAndEnrolledAreActive() {
        assertEquals(java.util.List.of(EnrollmentStatus.APPLIED, EnrollmentStatus.ENROLLED),
                java.util.Arrays.stream(EnrollmentStatus.values()).filter(EnrollmentStatus::isActive).toList());
    }

    private static Enrollment applied() {
        return new Enrollment(cohort(), trainee(), EnrollmentStatus.APPLIED, APPLIED);
    }

    private static Enrollment enrolled() {
        return new Enrollment(cohort(), trainee(), EnrollmentStatus.ENROLLED, APPLIED);
    }

    private static Cohort cohort() {
        return new Cohort("2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), InstructionLanguage.EN, 20);
    }

    private static Account trainee() {
        return new Account("t@example.org", "T", "Rainee", LocalDateTime.of(2026, 1, 1, 0, 0));
    }
}
