package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** Hours of continuing training or reflective supervision an alumnus recorded toward renewing their certificate. */
@Entity
@Table(name = "certificate_renewal_activity")
public class RenewalActivity extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    private RenewalKind kind;

    private BigDecimal hours;

    private LocalDate doneOn;

    private String description;

    private LocalDateTime recordedAt;

    protected RenewalActivity() {
    }

    RenewalActivity(Enrollment enrollment, RenewalKind kind, BigDecimal hours, LocalDate doneOn, String description,
                    LocalDateTime recordedAt) {
        this.enrollment = enrollment;
        this.kind = kind;
        this.hours = hours;
        this.doneOn = doneOn;
        this.description = description;
        this.recordedAt = recordedAt;
    }

    /** The description is left out: it is free text the alumnus typed. */
    @Override
    public String auditLabel() {
        return "renewal activity of enrollment " + enrollment.getId();
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public RenewalKind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDescription() {
        return description;
    }
}
