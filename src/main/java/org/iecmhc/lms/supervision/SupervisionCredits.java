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

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return CreditSource.fromColumns(em, "select i.trainee.id, s.slot.minutes, i.attendance, s.slot.startsAt"
                + " from Invitation i join i.session s where s.cohort.id = :cohort order by s.slot.startsAt, i.id", cohortId,
                row -> new Credit((Long) row[0], CreditKind.SUPERVISION_MINUTES, (Integer) row[1],
                        Attendance.creditState((Attendance) row[2]),
                        PacificTime.fromUtc((LocalDateTime) row[3]).toLocalDate()));
    }
}
