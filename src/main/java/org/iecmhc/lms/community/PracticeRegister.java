package org.iecmhc.lms.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Attendance at Community of Practice meetings: taken by those who run the series for the trainees of its cohort,
 * once a meeting has begun; read by each trainee for themselves.
 */
@ApplicationScoped
public class PracticeRegister {

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Clock clock;

    /** The trainees whose attendance the series records: the enrolled (or completed) trainees of its cohort. */
    public List<Account> members(Viewer viewer, long seriesId) {
        return access.members(access.runnable(viewer, seriesId).getCohort());
    }

    /** Attendance at one meeting by trainee id; a trainee missing from the map has not had it taken yet. */
    public Map<Long, Attendance> attendanceAt(Viewer viewer, long meetingId) {
        return recordsAt(access.runnableMeeting(viewer, meetingId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getStatus()));
    }

    /**
     * Records the attendance grid of one meeting at once: a trainee mapped to null goes back to "not yet taken".
     * Refused for a meeting still to come, and for anyone who is not a trainee of the series' cohort.
     */
    @Transactional
    public void take(Viewer viewer, long meetingId, Map<Long, Attendance> byTrainee) {
        PracticeMeeting meeting = access.runnableMeeting(viewer, meetingId);
        if (!meeting.getSlot().hasStartedBy(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InputRejected("attendance", "practice.attendance.future");
        }
        Map<Long, Account> members = access.members(meeting.getSeries().getCohort()).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        if (!members.keySet().containsAll(byTrainee.keySet())) {
            throw new InputRejected("attendance", "practice.attendance.notMember");
        }
        Map<Long, MeetingAttendance> recorded = recordsAt(meeting);
        byTrainee.forEach((traineeId, status) -> {
            MeetingAttendance record = recorded.get(traineeId);
            if (status == null && record != null) {
                em.remove(record);
            } else if (status != null && record == null) {
                em.persist(new MeetingAttendance(meeting, members.get(traineeId), status));
            } else if (status != null) {
                record.record(status);
            }
        });
    }

    /** Every attendance taken in a series the viewer runs, by meeting date and then trainee, for its export. */
    public List<MeetingAttendance> attendanceIn(Viewer viewer, long seriesId) {
        return em.createQuery("select a from MeetingAttendance a join fetch a.trainee t where a.meeting.series = :series"
                        + " order by a.meeting.slot.startsAt, a.meeting.id, t.lastName, t.firstName, t.id",
                        MeetingAttendance.class)
                .setParameter("series", access.runnable(viewer, seriesId)).getResultList();
    }

    /** The signed-in trainee's meetings in every series of their cohorts, with their own attendance, in date order. */
    public List<TraineeMeeting> meetingsOf(Viewer trainee) {
        Account person = access.person(trainee);
        List<PracticeMeeting> meetings = em.createQuery("select m from PracticeMeeting m join fetch m.series s"
                        + " where s.cohort in (select e.cohort from Enrollment e where e.trainee = :person and e.status in :statuses)"
                        + " order by m.slot.startsAt, m.id", PracticeMeeting.class)
                .setParameter("person", person).setParameter("statuses", PracticeAccess.READERS).getResultList();
        Map<Long, Attendance> own = new HashMap<>();
        em.createQuery("select a from MeetingAttendance a where a.trainee = :person", MeetingAttendance.class)
                .setParameter("person", person).getResultList()
                .forEach(a -> own.put(a.getMeeting().getId(), a.getStatus()));
        return meetings.stream().map(m -> new TraineeMeeting(m, own.get(m.getId()))).toList();
    }

    private Map<Long, MeetingAttendance> recordsAt(PracticeMeeting meeting) {
        return em.createQuery("select a from MeetingAttendance a where a.meeting = :m", MeetingAttendance.class)
                .setParameter("m", meeting).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getTrainee().getId(), Function.identity()));
    }
}
