package org.iecmhc.lms.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Community of Practice meetings toward completion: for each meeting of the cohort's series that has begun (or has
 * attendance), one credit per trainee of the cohort: earned when present, not earned when absent or excused, pending
 * while attendance is not taken. Meetings still to come are not handed over: nothing can be said of them yet.
 * A cohort may run several series (an English and a Spanish group): once a series has attendance, a trainee with none
 * in it belongs to another group, so its meetings are not shown to them as pending.
 */
@ApplicationScoped
public class PracticeCredits extends ColumnCredits {

    @Inject
    Clock clock;

    /**
     * A row per meeting of the cohort's series and member of the cohort, with that member's attendance, if any, and
     * how many attended at all (the amount), which is all the rules ask of the others; the group is the series.
     */
    public PracticeCredits() {
        super("select e.trainee_id, (select count(*) from practice_attendance a where a.meeting_id = m.id), mine.status,"
                + " m.starts_at, cast(null as date), m.series_id from practice_meeting m"
                + " join practice_series s on s.id = m.series_id join enrollment e on e.cohort_id = s.cohort_id"
                + " left join practice_attendance mine on mine.meeting_id = m.id and mine.trainee_id = e.trainee_id"
                + " where s.cohort_id = ? and e.status in (" + UnionAll.names(PracticeAccess.MEMBERS) + ")", "s.cohort_id",
                "e.trainee_id");
    }

    @Override
    protected List<Credit> toCredits(List<Row> rows) {
        Set<Long> seriesTaken = new HashSet<>();
        Set<List<Long>> seriesAttended = new HashSet<>();
        for (Row row : rows) {
            if (row.amount() > 0) {
                seriesTaken.add(row.group());
            }
            if (row.state() != null) {
                seriesAttended.add(List.of(row.traineeId(), row.group()));
            }
        }
        LocalDateTime nowUtc = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Credit> credits = new ArrayList<>();
        for (Row row : rows) {
            if ((row.amount() == 0 && row.first().isAfter(nowUtc))
                    || (seriesTaken.contains(row.group()) && !seriesAttended.contains(List.of(row.traineeId(), row.group())))) {
                continue;
            }
            credits.add(new Credit(row.traineeId(), CreditKind.COP_MEETINGS, 1,
                    state(row.state() == null ? null : Attendance.valueOf(row.state())),
                    PacificTime.fromUtc(row.first()).toLocalDate()));
        }
        return credits;
    }

    private static CreditState state(Attendance attendance) {
        if (attendance == null) {
            return CreditState.PENDING;
        }
        return attendance == Attendance.PRESENT ? CreditState.EARNED : CreditState.NOT_EARNED;
    }
}
