package org.iecmhc.lms.practicum;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;

/** Practicum's records for completion: every log entry of the cohort's trainees, in minutes, as it stands. */
@ApplicationScoped
public class PracticumCredits extends ColumnCredits {

    public PracticumCredits() {
        super("select e.trainee.id, e.minutes, e.status, e.loggedOn from LogEntry e"
                + " where e.placement.enrollment.cohort.id = :cohort", "e.trainee.id", "",
                r -> new Credit((Long) r[0], CreditKind.PRACTICUM_MINUTES, (Integer) r[1],
                        ((EntryStatus) r[2]).credit(), (LocalDate) r[3]));
    }
}
