package org.iecmhc.lms.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.MeetingSlot;
import org.iecmhc.lms.platform.time.PacificTime;

/** Puts supervision sessions on the calendars of their supervisor and of the trainees invited. */
@ApplicationScoped
public class SupervisionCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        List<SupervisionSession> supervised = sessions("select s from SupervisionSession s join fetch s.cohort"
                + " where s.supervisor.id = :account and s.slot.startsAt >= :from and s.slot.startsAt < :to", accountId, from, to);
        List<SupervisionSession> attended = sessions("select s from Invitation i join i.session s join fetch s.cohort"
                + " where i.trainee.id = :account and s.slot.startsAt >= :from and s.slot.startsAt < :to", accountId, from, to);
        return Stream.concat(supervised.stream().map(s -> entry(s, locale, "/supervision/session.xhtml?id=" + s.getId())),
                attended.stream().map(s -> entry(s, locale, "/supervision/mine.xhtml"))).toList();
    }

    private List<SupervisionSession> sessions(String query, long accountId, LocalDate from, LocalDate to) {
        return em.createQuery(query, SupervisionSession.class).setParameter("account", accountId)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("to", PacificTime.startOfDayUtc(to.plusDays(1))).getResultList();
    }

    private static CalendarEntry entry(SupervisionSession session, Locale locale, String page) {
        String kind = Messages.text(locale, session.getKind().messageKey());
        String title = session.getTopic() == null
                ? Messages.text(locale, "supervision.calendar.title", kind, session.getCohort().getName())
                : Messages.text(locale, "supervision.calendar.titleWithTopic", kind, session.getTopic());
        MeetingSlot slot = session.getSlot();
        return new CalendarEntry("supervision-" + session.getId() + "@iecmhc-lms", title, slot.getStartsAtPacific(),
                slot.getMinutes(), page);
    }
}
