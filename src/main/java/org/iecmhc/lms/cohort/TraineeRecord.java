package org.iecmhc.lms.cohort;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A record that belongs to one trainee for good: their enrollment, a submission, a practicum log entry, their place
 * at a meeting. Each keeps the trainee in its own {@code trainee_id} column; who it belongs to never changes.
 */
@MappedSuperclass
public abstract class TraineeRecord extends AuditedRecord {

    @ManyToOne(optional = false)
    private Account trainee;

    protected TraineeRecord() {
    }

    protected TraineeRecord(Account trainee) {
        this.trainee = trainee;
    }

    public Account getTrainee() {
        return trainee;
    }
}
