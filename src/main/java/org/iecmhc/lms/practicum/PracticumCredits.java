package org.iecmhc.lms.practicum;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;

/** Practicum's records for completion: every log entry of the cohort's trainees, in minutes, as it stands. */
@ApplicationScoped
public class PracticumCredits extends ColumnCredits {

    public PracticumCredits() {
        super("select e.trainee_id, e.minutes, e.status, e.logged_on, cast(null as date), null from practicum_log_entry e"
                + " join practicum_placement p on p.id = e.placement_id join enrollment pe on pe.id = p.enrollment_id"
                + " where pe.cohort_id = ?", "pe.cohort_id", "e.trainee_id",
                row -> new Credit(row.traineeId(), CreditKind.PRACTICUM_MINUTES, row.amount(),
                        EntryStatus.valueOf(row.state()).credit(), row.first().toLocalDate()));
    }
}
