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
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.platform.time.MeetingSlot;

/**
 * Community of Practice meetings toward completion: for each meeting of the cohort's series that has begun (or has
 * attendance), one credit per trainee of the cohort: earned when present, not earned when absent or excused, pending
 * while attendance is not taken. Meetings still to come are not handed over: nothing can be said of them yet.
 * A cohort may run several series (an English and a Spanish group): once a series has attendance, a trainee with none
 * in it belongs to another group, so its meetings are not shown to them as pending.
 */
@ApplicationScoped
public class PracticeCredits implements CreditSource {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return credits(cohortId, null);
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return credits(cohortId, traineeId);
    }

    /**
     * By one query of plain columns (as entities, each trainee's account and each meeting's series would cost a query
     * of its own): a row per meeting of the cohort's series and member of the cohort (only the given trainee when
     * there is one), with that member's attendance, if any, and how many attended at all, which is all the rules ask
     * of the others.
     */
    private List<Credit> credits(long cohortId, Long traineeId) {
        TypedQuery<Object[]> query = em.createQuery("select m.id, m.series.id, m.slot, t.id, mine.status,"
                        + " (select count(a) from MeetingAttendance a where a.meeting = m)"
                        + " from PracticeMeeting m join Enrollment e on e.cohort.id = :cohort join e.trainee t"
                        + " left join MeetingAttendance mine on mine.meeting = m and mine.trainee = t"
                        + " where m.series.cohort.id = :cohort and e.status in :statuses"
                        + (traineeId == null ? "" : " and t.id = :trainee")
                        + " order by m.slot.startsAt, m.id, e.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("statuses", PracticeAccess.MEMBERS)
                // MariaDB reads a comma-joined table as out of reach of a later ON clause: join them all by JOIN
                .setHint(QueryHints.INNER_JOIN_IN_WHERE_CLAUSE, "false");
        if (traineeId != null) {
            query.setParameter("trainee", traineeId);
        }
        List<Object[]> rows = query.getResultList();
        Set<Long> seriesTaken = new HashSet<>();
        Set<List<Long>> seriesAttended = new HashSet<>();
        for (Object[] row : rows) {
            if (((Long) row[5]) > 0) {
                seriesTaken.add((Long) row[1]);
            }
            if (row[4] != null) {
                seriesAttended.add(List.of((Long) row[3], (Long) row[1]));
            }
        }
        LocalDateTime nowUtc = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Credit> credits = new ArrayList<>();
        for (Object[] row : rows) {
            MeetingSlot slot = (MeetingSlot) row[2];
            Long series = (Long) row[1];
            Long trainee = (Long) row[3];
            if ((((Long) row[5]) == 0 && !slot.hasStartedBy(nowUtc))
                    || (seriesTaken.contains(series) && !seriesAttended.contains(List.of(trainee, series)))) {
                continue;
            }
            credits.add(new Credit(trainee, CreditKind.COP_MEETINGS, 1, state((Attendance) row[4]),
                    slot.getStartsAtPacific().toLocalDate()));
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
