package org.iecmhc.lms.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;

/** The meetings of a Community of Practice series: six monthly ones at once, or one at a time; moved, removed or found. */
@ApplicationScoped
public class PracticeSchedule {

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Clock clock;

    public List<PracticeMeeting> meetings(Viewer viewer, long seriesId) {
        return em.createQuery("select m from PracticeMeeting m where m.series = :series order by m.slot.startsAt, m.id",
                PracticeMeeting.class).setParameter("series", access.runnable(viewer, seriesId)).getResultList();
    }

    /** The meetings of every series the viewer runs, of one cohort or all, latest first, in one query. */
    public List<MeetingSummary> search(Viewer viewer, Long cohortId, int first, int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select m.id, s.id, s.title, co.id, co.name, f.firstName, f.lastName,"
                + " m.slot.startsAt, m.slot.minutes, m.topic from PracticeMeeting m join m.series s join s.cohort co"
                + " join s.facilitator f" + CommunitiesOfPractice.where(viewer, cohortId)
                + " order by m.slot.startsAt desc, m.id desc", Object[].class);
        CommunitiesOfPractice.bind(query, viewer, cohortId);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(r -> new MeetingSummary((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        r[5] + " " + r[6], (LocalDateTime) r[7], (Integer) r[8], (String) r[9]))
                .toList();
    }

    public long count(Viewer viewer, Long cohortId) {
        TypedQuery<Long> query = em.createQuery("select count(m) from PracticeMeeting m join m.series s"
                + CommunitiesOfPractice.where(viewer, cohortId), Long.class);
        CommunitiesOfPractice.bind(query, viewer, cohortId);
        return query.getSingleResult();
    }

    /** A meeting of a series the viewer runs; empty when it is missing or not theirs. */
    public Optional<PracticeMeeting> find(Viewer viewer, long meetingId) {
        try {
            return Optional.of(access.runnableMeeting(viewer, meetingId));
        } catch (InputRejected notVisible) {
            return Optional.empty();
        }
    }

    /** The first meeting as typed and five more a month apart each (see {@link MeetingDetails#monthly}). */
    @Transactional
    public List<PracticeMeeting> scheduleMonthly(Viewer viewer, long seriesId, MeetingDetails first) {
        PracticeSeries series = access.runnable(viewer, seriesId);
        List<PracticeMeeting> meetings = first.monthly(MeetingDetails.USUAL_MEETINGS).stream()
                .map(details -> new PracticeMeeting(series, details)).toList();
        meetings.forEach(em::persist);
        return meetings;
    }

    @Transactional
    public PracticeMeeting add(Viewer viewer, long seriesId, MeetingDetails details) {
        PracticeSeries series = access.runnable(viewer, seriesId);
        PracticeMeeting meeting = new PracticeMeeting(series, details.checked());
        em.persist(meeting);
        return meeting;
    }

    /** A meeting with attendance stays in the past: attendance is only ever taken at meetings that began. */
    @Transactional
    public PracticeMeeting change(Viewer viewer, long meetingId, long version, MeetingDetails details) {
        PracticeMeeting meeting = access.runnableMeeting(viewer, meetingId);
        meeting.requireVersion(version);
        details.checked();
        LocalDateTime nowUtc = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (details.when().startsAtUtc().isAfter(nowUtc) && hasAttendance(meeting)) {
            throw new InputRejected("date", "practice.meeting.attended");
        }
        meeting.describe(details);
        return meeting;
    }

    /** Removes the meeting with whatever attendance was taken at it. */
    @Transactional
    public void remove(Viewer viewer, long meetingId) {
        PracticeMeeting meeting = access.runnableMeeting(viewer, meetingId);
        em.createQuery("delete from MeetingAttendance a where a.meeting = :m").setParameter("m", meeting).executeUpdate();
        em.remove(meeting);
    }

    private boolean hasAttendance(PracticeMeeting meeting) {
        return em.createQuery("select count(a) from MeetingAttendance a where a.meeting = :m", Long.class)
                .setParameter("m", meeting).getSingleResult() > 0;
    }
}
