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

    @Test
    void anApplicantIsEnrolledAndThenCompletes() {
        Enrollment enrollment = applied();
        enrollment.enrol(APPLIED.plusDays(10));
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus());
        assertEquals(APPLIED.plusDays(10), enrollment.getEnrolledOn());
        enrollment.end(EnrollmentStatus.COMPLETED, LocalDate.of(2027, 6, 30));
        assertEquals(EnrollmentStatus.COMPLETED, enrollment.getStatus());
        assertEquals(LocalDate.of(2027, 6, 30), enrollment.getEndedOn());
    }

    @Test
    void onlyAnEnrolledTraineeCompletesOrNot() {
        assertEquals("enrollment.transition.notEnrolled", assertThrows(CohortRejected.class,
                () -> applied().end(EnrollmentStatus.NOT_COMPLETED, APPLIED)).messageKey());
        Enrollment done = enrolled();
        done.end(EnrollmentStatus.NOT_COMPLETED, APPLIED.plusMonths(10));
        assertEquals(EnrollmentStatus.NOT_COMPLETED, done.getStatus());
        assertThrows(CohortRejected.class, () -> done.end(EnrollmentStatus.COMPLETED, APPLIED.plusMonths(11)));
        assertThrows(IllegalArgumentException.class, () -> enrolled().end(EnrollmentStatus.WITHDRAWN, APPLIED));
    }

    @Test
    void onlyAnApplicantIsEnrolled() {
        assertEquals("enrollment.transition.notApplied",
                assertThrows(CohortRejected.class, () -> enrolled().enrol(APPLIED)).messageKey());
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
        completed.end(EnrollmentStatus.COMPLETED, APPLIED.plusMonths(10));
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
