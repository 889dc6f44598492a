package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;

/** Practicum's records for completion: every log entry of the cohort's trainees, in minutes, as it stands. */
@ApplicationScoped
public class PracticumCredits implements CreditSource {

    private EntityManager em;

    protected PracticumCredits() {
    }

    @Inject
    public PracticumCredits(EntityManager em) {
        this.em = em;
    }

    private static final String ENTRIES = "select e.trainee.id, e.minutes, e.status, e.loggedOn from LogEntry e"
            + " where e.placement.enrollment.cohort.id = :cohort";

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return CreditSource.fromColumns(em, ENTRIES, cohortId, PracticumCredits::credit);
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return CreditSource.fromColumns(em, ENTRIES + " and e.trainee.id = :trainee", cohortId, traineeId,
                PracticumCredits::credit);
    }

    private static Credit credit(Object[] row) {
        return new Credit((Long) row[0], CreditKind.PRACTICUM_MINUTES, (Integer) row[1], ((EntryStatus) row[2]).credit(),
                (LocalDate) row[3]);
    }
}
