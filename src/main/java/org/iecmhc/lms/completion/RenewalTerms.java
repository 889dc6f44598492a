package org.iecmhc.lms.completion;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * How long a cohort's certificates stay valid and what an alumnus does to renew one: hours of continuing training and
 * of reflective supervision within the validity period. A cohort without terms issues certificates that never expire.
 */
@Entity
@Table(name = "certificate_renewal_terms")
public class RenewalTerms extends AuditedRecord {

    private long cohortId;

    private int validMonths;

    private BigDecimal trainingHours;

    private BigDecimal supervisionHours;

    protected RenewalTerms() {
    }

    RenewalTerms(long cohortId) {
        this.cohortId = cohortId;
    }

    void change(int validMonths, BigDecimal trainingHours, BigDecimal supervisionHours) {
        this.validMonths = validMonths;
        this.trainingHours = trainingHours;
        this.supervisionHours = supervisionHours;
    }

    @Override
    public String auditLabel() {
        return "certificate renewal terms of cohort " + cohortId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public int getValidMonths() {
        return validMonths;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    public BigDecimal getSupervisionHours() {
        return supervisionHours;
    }
}
