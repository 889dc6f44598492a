package org.iecmhc.lms.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A faculty member an administrator assigned to supervise in a cohort they do not teach. A row of its own, so that
 * each assignment given or taken back is an entry in the audit log.
 */
@Entity
@Table(name = "cohort_supervisor")
public class SupervisorAssignment extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;

    @ManyToOne(optional = false)
    private Account supervisor;

    protected SupervisorAssignment() {
    }

    SupervisorAssignment(Cohort cohort, Account supervisor) {
        this.cohort = cohort;
        this.supervisor = supervisor;
    }

    @Override
    public String auditLabel() {
        return supervisor.getEmail() + " supervises in cohort " + cohort.getId();
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Account getSupervisor() {
        return supervisor;
    }
}
