package org.iecmhc.lms.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
        // Plain columns, not entities: each trainee's account would cost a query of its own.
        List<Long> members = em.createQuery("select e.trainee.id from Enrollment e where e.cohort.id = :cohort"
                + " and e.status in :statuses", Long.class)
                .setParameter("cohort", cohortId).setParameter("statuses", PracticeAccess.MEMBERS).getResultList();
        Map<Long, Map<Long, Attendance>> byMeeting = new HashMap<>();
        Map<Long, Set<Long>> groupOfSeries = new HashMap<>();
        for (Object[] a : em.createQuery("select a.meeting.id, a.meeting.series.id, a.trainee.id, a.status"
                + " from MeetingAttendance a where a.meeting.series.cohort.id = :cohort", Object[].class)
                .setParameter("cohort", cohortId).getResultList()) {
            Long trainee = (Long) a[2];
            byMeeting.computeIfAbsent((Long) a[0], id -> new HashMap<>()).put(trainee, (Attendance) a[3]);
            groupOfSeries.computeIfAbsent((Long) a[1], id -> new HashSet<>()).add(trainee);
        }
        LocalDateTime nowUtc = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Credit> credits = new ArrayList<>();
        // Columns again: as entities, each meeting's series would be read on its own.
        for (Object[] meeting : em.createQuery("select m.id, m.series.id, m.slot from PracticeMeeting m"
                + " where m.series.cohort.id = :cohort order by m.slot.startsAt, m.id", Object[].class)
                .setParameter("cohort", cohortId).getResultList()) {
            Map<Long, Attendance> taken = byMeeting.getOrDefault((Long) meeting[0], Map.of());
            MeetingSlot slot = (MeetingSlot) meeting[2];
            if (taken.isEmpty() && !slot.hasStartedBy(nowUtc)) {
                continue;
            }
            Set<Long> group = groupOfSeries.getOrDefault((Long) meeting[1], Set.of());
            for (Long trainee : members) {
                if (!group.isEmpty() && !group.contains(trainee)) {
                    continue;
                }
                credits.add(new Credit(trainee, CreditKind.COP_MEETINGS, 1, state(taken.get(trainee)),
                        slot.getStartsAtPacific().toLocalDate()));
            }
        }
        return credits;
    }

    /**
     * The trainee's credits by the same rules, from one row per meeting of the cohort's series and membership of the
     * trainee (none when they are not a member): their own attendance, if any, and how many attended at all, which is
     * all the rules ask of the others.
     */
    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        List<Object[]> rows = em.createQuery("select m.id, m.series.id, m.slot, mine.status,"
                        + " (select count(a) from MeetingAttendance a where a.meeting = m)"
                        + " from PracticeMeeting m join Enrollment e on e.cohort.id = :cohort"
                        + " left join MeetingAttendance mine on mine.meeting = m and mine.trainee.id = :trainee"
                        + " where m.series.cohort.id = :cohort and e.trainee.id = :trainee and e.status in :statuses"
                        + " order by m.slot.startsAt, m.id, e.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("trainee", traineeId)
                .setParameter("statuses", PracticeAccess.MEMBERS).getResultList();
        Set<Long> seriesTaken = new HashSet<>();
        Set<Long> seriesAttended = new HashSet<>();
        for (Object[] row : rows) {
            if (((Long) row[4]) > 0) {
                seriesTaken.add((Long) row[1]);
            }
            if (row[3] != null) {
                seriesAttended.add((Long) row[1]);
            }
        }
        LocalDateTime nowUtc = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Credit> credits = new ArrayList<>();
        for (Object[] row : rows) {
            MeetingSlot slot = (MeetingSlot) row[2];
            boolean takenAtAll = ((Long) row[4]) > 0;
            Long series = (Long) row[1];
            if ((!takenAtAll && !slot.hasStartedBy(nowUtc))
                    || (seriesTaken.contains(series) && !seriesAttended.contains(series))) {
                continue;
            }
            credits.add(new Credit(traineeId, CreditKind.COP_MEETINGS, 1, state((Attendance) row[3]),
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
