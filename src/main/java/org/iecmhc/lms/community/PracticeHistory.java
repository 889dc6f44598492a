package org.iecmhc.lms.community;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.cohort.MeetingHistoryFacts;
import org.iecmhc.lms.cohort.MeetingHistoryImport;
import org.iecmhc.lms.identity.Role;

/**
 * Brings in past Community of Practice meetings with their attendance, all lines or none. What is stored is what the
 * pages would have stored (series, meetings, attendance of the cohort's trainees), so completion credits the
 * meetings from these records as from attendance taken on the page. History reminds nobody of anything.
 */
@ApplicationScoped
@Named
public class PracticeHistory extends MeetingHistoryImport<PracticeHistoryLine, PracticeHistoryReader.Known> {

    public PracticeHistory() {
        super(PracticeHistoryReader.COLUMNS, PracticeHistoryReader::read, PracticeHistoryLine::entry);
    }

    /** Stores every series, meeting and attendance of the file. */
    @Override
    protected void store(List<PracticeHistoryLine> lines, MeetingHistoryFacts.People people) {
        Map<PracticeHistoryReader.SeriesKey, PracticeSeries> series = new HashMap<>();
        Map<Map.Entry<PracticeHistoryReader.SeriesKey, LocalDateTime>, PracticeMeeting> meetings = new HashMap<>();
        for (PracticeHistoryLine line : lines) {
            MeetingHistory.Meeting given = line.entry().meeting();
            PracticeHistoryReader.SeriesKey seriesKey = new PracticeHistoryReader.SeriesKey(given.cohortId(),
                    line.series().toLowerCase(Locale.ROOT));
            PracticeSeries of = series.computeIfAbsent(seriesKey, key -> {
                if (line.seriesId() != null) {
                    return em.find(PracticeSeries.class, line.seriesId());
                }
                PracticeSeries started = new PracticeSeries(em.find(Cohort.class, key.cohortId()), line.series(),
                        people.leaders().get(given.leaderEmail()));
                em.persist(started);
                return started;
            });
            PracticeMeeting meeting = meetings.computeIfAbsent(Map.entry(seriesKey, given.startsAtUtc()), key -> {
                PracticeMeeting held = new PracticeMeeting(of, new MeetingDetails(given.when(), given.topic(), null));
                em.persist(held);
                return held;
            });
            if (line.entry().traineeId() != null) {
                em.persist(new MeetingAttendance(meeting, people.trainees().get(line.entry().traineeId()),
                        line.entry().attendance()));
            }
        }
    }

    /** Former faculty too: history names those who led meetings then. */
    @Override
    protected PracticeHistoryReader.Known known() {
        Set<String> faculty = new HashSet<>(em.createQuery("select distinct a.email from Account a join a.roles r"
                + " where r = :role", String.class).setParameter("role", Role.FACULTY).getResultList());
        Map<PracticeHistoryReader.SeriesKey, List<PracticeHistoryReader.StoredSeries>> series = new HashMap<>();
        em.createQuery("select s.id, s.cohort.id, s.title, s.facilitator.email from PracticeSeries s", Object[].class)
                .getResultList().forEach(row -> series.computeIfAbsent(new PracticeHistoryReader.SeriesKey((Long) row[1],
                                ((String) row[2]).toLowerCase(Locale.ROOT)), key -> new ArrayList<>())
                        .add(new PracticeHistoryReader.StoredSeries((Long) row[0], (String) row[3])));
        Set<Map.Entry<Long, LocalDateTime>> meetings = em.createQuery("select m.series.id, m.slot.startsAt"
                        + " from PracticeMeeting m", Object[].class).getResultStream()
                .map(row -> Map.entry((Long) row[0], (LocalDateTime) row[1])).collect(Collectors.toSet());
        return new PracticeHistoryReader.Known(facts.known(PracticeAccess.MEMBERS,
                (cohortId, email) -> faculty.contains(email)), series, meetings);
    }
}
