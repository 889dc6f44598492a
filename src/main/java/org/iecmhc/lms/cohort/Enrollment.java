package org.iecmhc.lms.cohort;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditHidden;
import org.iecmhc.lms.platform.text.TypedText;

/** A trainee in a cohort, from application to completion (or withdrawal). */
@Entity
@Table(name = "enrollment")
public class Enrollment extends TraineeRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status;

    private LocalDate appliedOn;

    private LocalDate enrolledOn;

    private LocalDate withdrawnOn;

    @AuditHidden
    private String withdrawalReason;

    /** When the enrollment ended as completed or not completed. */
    private LocalDate endedOn;

    protected Enrollment() {
    }

    /** Received today; an enrolled trainee takes part from the cohort's start. */
    public Enrollment(Cohort cohort, Account trainee, EnrollmentStatus status, LocalDate today) {
        this(cohort, trainee, status, today, null);
    }

    /**
     * Received today; an enrolled trainee takes part from the stated date, or from the cohort's start when none is
     * stated. A roster of a past cohort is thus counted in the cohort's year, not in the year it was typed in.
     */
    public Enrollment(Cohort cohort, Account trainee, EnrollmentStatus status, LocalDate today, LocalDate statedStart) {
        super(trainee);
        this.cohort = cohort;
        this.status = status;
        this.appliedOn = today;
        if (status == EnrollmentStatus.ENROLLED) {
            startOn(statedStart);
        }
    }

    /** An applicant is accepted into the cohort, from the stated date or (null) from the cohort's start. */
    void enrol(LocalDate statedStart) {
        if (status != EnrollmentStatus.APPLIED) {
            throw new CohortRejected("status", "enrollment.transition.notApplied");
        }
        status = EnrollmentStatus.ENROLLED;
        startOn(statedStart);
    }

    /**
     * The effective start lies within the cohort's dates; an application received after it (a roster typed in for
     * history) is dated no later than the start, so that the withdrawal rule "not before the application" still holds.
     */
    private void startOn(LocalDate statedStart) {
        LocalDate start = statedStart == null ? cohort.getStartDate() : statedStart;
        if (start.isBefore(cohort.getStartDate()) || start.isAfter(cohort.getEndDate())) {
            throw new CohortRejected("enrolledOn", "enrollment.enrolledOn.outsideCohort");
        }
        enrolledOn = start;
        if (appliedOn.isAfter(start)) {
            appliedOn = start;
        }
    }

    /** An applicant or enrolled trainee leaves; the date and the reason are both required. */
    void withdraw(LocalDate on, String reason) {
        if (!status.isActive()) {
            throw new CohortRejected("status", "enrollment.transition.notActive");
        }
        if (on == null) {
            throw new CohortRejected("withdrawnOn", "enrollment.withdrawnOn.required");
        }
        if (on.isBefore(appliedOn)) {
            throw new CohortRejected("withdrawnOn", "enrollment.withdrawnOn.beforeApplied");
        }
        if (reason == null || reason.isBlank()) {
            throw new CohortRejected("reason", "enrollment.reason.required");
        }
        TypedText.requireFits(reason, CohortLimits.WITHDRAWAL_REASON, CohortRejected::new, "reason",
                "enrollment.reason.tooLong");
        status = EnrollmentStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason.trim();
    }

    /**
     * An enrolled trainee's year ends as completed or not completed, on the day it did: figures count the outcome
     * in that day's fiscal year, so it can be neither in the future nor before the trainee took part.
     */
    void end(EnrollmentStatus outcome, LocalDate on, LocalDate today) {
        if (outcome != EnrollmentStatus.COMPLETED && outcome != EnrollmentStatus.NOT_COMPLETED) {
            throw new IllegalArgumentException("Not an outcome: " + outcome);
        }
        if (status != EnrollmentStatus.ENROLLED) {
            throw new CohortRejected("status", "enrollment.transition.notEnrolled");
        }
        if (on.isAfter(today)) {
            throw new CohortRejected("endedOn", "enrollment.endedOn.future");
        }
        if (on.isBefore(enrolledOn)) {
            throw new CohortRejected("endedOn", "enrollment.endedOn.beforeEnrolled");
        }
        status = outcome;
        endedOn = on;
    }

    /** The reason is free text a person typed about the trainee; status and dates are what figures count. */
    void forgetWithdrawalReason() {
        withdrawalReason = null;
    }

    @Override
    public String auditLabel() {
        return getTrainee().getEmail() + " in cohort " + cohort.getId() + ": " + status;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
