package org.iecmhc.lms.community;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A Community of Practice series of one cohort, led by a faculty member. A cohort may have several (an English and a
 * Spanish group); its enrolled trainees are the members of each.
 */
@Entity
@Table(name = "practice_series")
public class PracticeSeries extends AuditedRecord {

    @ManyToOne(optional = false)
    private Cohort cohort;

    private String title;

    @ManyToOne(optional = false)
    private Account facilitator;

    protected PracticeSeries() {
    }

    PracticeSeries(Cohort cohort, String title, Account facilitator) {
        this.cohort = cohort;
        describe(title, facilitator);
    }

    void describe(String title, Account facilitator) {
        this.title = title.trim();
        this.facilitator = facilitator;
    }

    @Override
    public String auditLabel() {
        return title + " of cohort " + cohort.getId();
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getTitle() {
        return title;
    }

    public Account getFacilitator() {
        return facilitator;
    }
}
