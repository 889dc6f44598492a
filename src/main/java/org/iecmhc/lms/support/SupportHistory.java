package org.iecmhc.lms.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceHistoryImport;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Brings in past Community of Support series with their sessions, enrollments, attendance and final survey answers,
 * all lines or none. History is not a series ending now: no survey link is mailed, and the answers are recorded as
 * imported, the participants' own answers of the time, which the impact figures count.
 */
@ApplicationScoped
@Named
public class SupportHistory extends ServiceHistoryImport<SupportHistoryLine, SupportHistoryReader.Known> {

    public SupportHistory() {
        super(SupportHistoryReader.COLUMNS, SupportHistoryReader::read);
    }

    /** Stores every series of the file with all it holds. */
    @Override
    protected void store(List<SupportHistoryLine> lines, Map<String, Account> consultants) {
        Map<SupportHistoryLine.Series, Stored> stored = new HashMap<>();
        for (SupportHistoryLine line : lines) {
            Stored series = stored.computeIfAbsent(line.series(), s -> store(s, consultants.get(s.facilitatorEmail())));
            if (line.providerId() != null) {
                SupportEnrollment enrollment = new SupportEnrollment(series.series(),
                        em.getReference(Provider.class, line.providerId()));
                enrollment.answerImportedSurvey(line.answer());
                em.persist(enrollment);
                line.attended().forEach(day ->
                        em.persist(new SupportAttendance(series.sessions().get(day), enrollment)));
            }
        }
    }

    /** A series stored with its sessions, by date. */
    private record Stored(SupportSeries series, Map<LocalDate, SupportSession> sessions) {
    }

    private Stored store(SupportHistoryLine.Series described, Account facilitator) {
        SupportSeries series = new SupportSeries(described.title(), described.language(), facilitator,
                described.startsOn(), SeriesKind.COMMUNITY_OF_SUPPORT);
        em.persist(series);
        MeetingTime usual = new MeetingTime(described.startsOn(), described.start(), described.minutes());
        Map<LocalDate, SupportSession> sessions = new HashMap<>();
        for (LocalDate day : described.sessionDates()) {
            SupportSession session = new SupportSession(series, usual.on(day));
            em.persist(session);
            sessions.put(day, session);
        }
        return new Stored(series, sessions);
    }

    @Override
    protected SupportHistoryReader.Known known() {
        List<Object[]> stored = em.createQuery("select s.title, s.language, s.facilitator.email, s.startsOn"
                + " from SupportSeries s", Object[].class).getResultList();
        Set<SupportHistoryLine.Key> keys = stored.stream()
                .map(s -> new SupportHistoryLine.Key((String) s[0], (ServiceLanguage) s[1], (String) s[2],
                        (LocalDate) s[3]))
                .collect(Collectors.toSet());
        return new SupportHistoryReader.Known(facts.consultantEmails(), facts.providers(), keys,
                facts.clock());
    }
}
