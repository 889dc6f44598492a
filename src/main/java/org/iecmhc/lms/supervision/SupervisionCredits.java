package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.platform.time.PacificTime;

/** Supervision's records for completion: one credit per invited trainee per session, whatever the attendance. */
@ApplicationScoped
public class SupervisionCredits implements CreditSource {

    private EntityManager em;

    protected SupervisionCredits() {
    }

    @Inject
    public SupervisionCredits(EntityManager em) {
        this.em = em;
    }

    private static final String INVITATIONS = "select i.trainee.id, s.slot.minutes, i.attendance, s.slot.startsAt"
            + " from Invitation i join i.session s where s.cohort.id = :cohort";
    private static final String IN_ORDER = " order by s.slot.startsAt, i.id";

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return CreditSource.fromColumns(em, INVITATIONS + IN_ORDER, cohortId, SupervisionCredits::credit);
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return CreditSource.fromColumns(em, INVITATIONS + " and i.trainee.id = :trainee" + IN_ORDER, cohortId, traineeId,
                SupervisionCredits::credit);
    }

    private static Credit credit(Object[] row) {
        return new Credit((Long) row[0], CreditKind.SUPERVISION_MINUTES, (Integer) row[1],
                Attendance.creditState((Attendance) row[2]), PacificTime.fromUtc((LocalDateTime) row[3]).toLocalDate());
    }
}
