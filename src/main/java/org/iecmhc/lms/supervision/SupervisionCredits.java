package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Supervision's records for completion: one credit per invited trainee per session, whatever the attendance; a
 * cancelled session credits nothing, not even a pending credit.
 */
@ApplicationScoped
public class SupervisionCredits extends ColumnCredits {

    public SupervisionCredits() {
        super("select i.trainee.id, s.slot.minutes, i.attendance, s.slot.startsAt"
                + " from Invitation i join i.session s where s.cohort.id = :cohort"
                + " and s.cancelledAt is null", "i.trainee.id",
                " order by s.slot.startsAt, i.id",
                row -> new Credit((Long) row[0], CreditKind.SUPERVISION_MINUTES, (Integer) row[1],
                        Attendance.creditState((Attendance) row[2]),
                        PacificTime.fromUtc((LocalDateTime) row[3]).toLocalDate()));
    }
}
