package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** The certificate of a completed enrollment, with the figures it was issued with and the code that verifies it. */
@Entity
@Table(name = "completion_certificate")
public class Certificate extends AuditedRecord {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Enrollment enrollment;

    private String code;

    private LocalDateTime issuedAt;

    private String issuedBy;

    private BigDecimal supervisionHours;

    private int copMeetings;

    private BigDecimal practicumHours;

    private int coursesPassed;

    private boolean finalEvaluation;

    /** Empty when the cohort's certificates do not expire. */
    private LocalDate validUntil;

    /** The day its holder was reminded that it expires soon, so that they are reminded once. */
    private LocalDate renewalRemindedOn;

    protected Certificate() {
    }

    Certificate(Enrollment enrollment, String code, LocalDateTime issuedAt, String issuedBy, Progress progress,
                LocalDate validUntil) {
        this.enrollment = enrollment;
        issue(code, issuedAt, issuedBy, progress, validUntil);
    }

    /**
     * Issued again after a correction, with a new code and the figures of the records as they are now: the paper
     * printed with the old code no longer verifies as current.
     */
    void reissue(String newCode, LocalDateTime issuedAt, String issuedBy, Progress progress, LocalDate validUntil) {
        issue(newCode, issuedAt, issuedBy, progress, validUntil);
        renewalRemindedOn = null;
    }

    private void issue(String code, LocalDateTime issuedAt, String issuedBy, Progress progress, LocalDate validUntil) {
        this.code = code;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.validUntil = validUntil;
        this.supervisionHours = progress.getSupervisionHours();
        this.copMeetings = progress.getCopMeetings().intValue();
        this.practicumHours = progress.getPracticumHours();
        this.coursesPassed = progress.getCoursesPassed().intValue();
        this.finalEvaluation = progress.isFinalEvaluationDone();
    }

    /** A code nobody was given: the printed one stops verifying, the certificate and its figures stay. */
    void replaceCode(String unprintedCode) {
        code = unprintedCode;
    }

    void remindedOn(LocalDate day) {
        renewalRemindedOn = day;
    }

    /** The code is left out: it is what proves the certificate, so it does not belong in the audit trail. */
    @Override
    public String auditLabel() {
        return "certificate of enrollment " + enrollment.getId();
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public String getCode() {
        return code;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public BigDecimal getSupervisionHours() {
        return supervisionHours;
    }

    public int getCopMeetings() {
        return copMeetings;
    }

    public BigDecimal getPracticumHours() {
        return practicumHours;
    }

    public int getCoursesPassed() {
        return coursesPassed;
    }

    public boolean isFinalEvaluation() {
        return finalEvaluation;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getRenewalRemindedOn() {
        return renewalRemindedOn;
    }
}
