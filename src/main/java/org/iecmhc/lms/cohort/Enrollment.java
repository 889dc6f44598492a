package org.iecmhc.lms.cohort;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A trainee in a cohort, from application to completion (or withdrawal). */
@Entity
@Table(name = "enrollment")
public class Enrollment extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trainee_id")
    private Account trainee;

    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    /** When the enrollment ended as completed or not completed. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Enrollment() {
    }

    public Enrollment(Cohort cohort, Account trainee, EnrollmentStatus status, LocalDate on) {
        this.cohort = cohort;
        this.trainee = trainee;
        this.status = status;
        this.appliedOn = on;
        if (status == EnrollmentStatus.ENROLLED) {
            this.enrolledOn = on;
        }
    }

    void enrol(LocalDate on) {
        status = EnrollmentStatus.ENROLLED;
        enrolledOn = on;
    }

    void withdraw(LocalDate on, String reason) {
        status = EnrollmentStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason;
    }

    void end(EnrollmentStatus outcome, LocalDate on) {
        status = outcome;
        endedOn = on;
    }

    @Override
    public String auditLabel() {
        return trainee.getEmail() + " in cohort " + cohort.getId() + ": " + status;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Account getTrainee() {
        return trainee;
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
