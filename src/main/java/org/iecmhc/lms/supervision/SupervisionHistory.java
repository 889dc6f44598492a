package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.cohort.MeetingHistoryFacts;
import org.iecmhc.lms.cohort.MeetingHistoryImport;

/**
 * Brings in past reflective-supervision sessions with the trainees invited and their attendance, all lines or none.
 * What is stored is what scheduling and taking attendance would have stored, so completion credits the minutes of
 * these sessions as of any other; no one is notified of history. Notes are never imported.
 */
@ApplicationScoped
@Named
public class SupervisionHistory extends MeetingHistoryImport<SupervisionHistoryLine, SupervisionHistoryReader.Known> {

    /** Trainees who took part in the year: those whose year ended stay in its past sessions, as on the page. */
    private static final List<EnrollmentStatus> INVITABLE = EnrollmentStatus.admittedOnes();

    @Inject
    CohortSupervisors cohortSupervisors;

    public SupervisionHistory() {
        super(SupervisionHistoryReader.COLUMNS, SupervisionHistoryReader::read, SupervisionHistoryLine::entry);
    }

    /** Stores every session and invitation of the file. */
    @Override
    protected void store(List<SupervisionHistoryLine> lines, MeetingHistoryFacts.People people) {
        Map<SupervisionHistoryReader.SessionKey, SupervisionSession> sessions = new HashMap<>();
        for (SupervisionHistoryLine line : lines) {
            MeetingHistory.Meeting given = line.entry().meeting();
            SupervisionSession session = sessions.computeIfAbsent(new SupervisionHistoryReader.SessionKey(
                    given.cohortId(), given.leaderEmail(), given.startsAtUtc()), key -> {
                SupervisionSession held = new SupervisionSession(em.find(Cohort.class, key.cohortId()));
                held.describe(line.kind(), people.leaders().get(key.supervisorEmail()), given.when(), given.topic());
                em.persist(held);
                return held;
            });
            Invitation invitation = new Invitation(session, people.trainees().get(line.entry().traineeId()));
            invitation.record(line.entry().attendance());
            em.persist(invitation);
        }
    }

    @Override
    protected SupervisionHistoryReader.Known known() {
        Set<Map.Entry<Long, String>> supervising = cohortSupervisors.everyCohortsSupervisors();
        Set<SupervisionHistoryReader.SessionKey> stored = em.createQuery("select s.cohort.id, s.supervisor.email,"
                        + " s.slot.startsAt from SupervisionSession s where s.cancelledAt is null", Object[].class)
                .getResultStream().map(row -> new SupervisionHistoryReader.SessionKey((Long) row[0], (String) row[1],
                        (LocalDateTime) row[2]))
                .collect(Collectors.toSet());
        return new SupervisionHistoryReader.Known(facts.known(INVITABLE,
                (cohortId, email) -> supervising.contains(Map.entry(cohortId, email))), stored);
    }
}
