package org.iecmhc.lms.supervision;

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
        super("select i.trainee_id, s.duration_minutes, i.attendance, s.starts_at, cast(null as date), null"
                + " from supervision_invitation i join supervision_session s on s.id = i.session_id"
                + " where s.cohort_id = ? and s.cancelled_at is null", "s.cohort_id", "i.trainee_id",
                row -> new Credit(row.traineeId(), CreditKind.SUPERVISION_MINUTES, row.amount(),
                        Attendance.creditState(row.state() == null ? null : Attendance.valueOf(row.state())),
                        PacificTime.fromUtc(row.first()).toLocalDate()));
    }
}
