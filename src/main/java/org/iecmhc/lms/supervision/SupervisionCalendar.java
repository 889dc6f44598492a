package org.iecmhc.lms.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/** Puts supervision sessions, unless cancelled, on the calendars of their supervisor and of the trainees invited. */
@ApplicationScoped
public class SupervisionCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    /**
     * Plain columns, not the session entity: that would load its cohort and, through it, more rows each time. The
     * sessions supervised and those invited to come in one statement (the trainee home reads this at every request);
     * a supervisor's entry opens the session, a trainee's their list of sessions.
     */
    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select s.id, s.kind, s.topic, c.name, s.slot.startsAt, s.slot.minutes, s.supervisor.id"
                        + " from SupervisionSession s join s.cohort c"
                        + " where (s.supervisor.id = :account or exists (select i from Invitation i"
                        + " where i.session = s and i.trainee.id = :account)) and s.cancelledAt is null"
                        + " and s.slot.startsAt >= :from and s.slot.startsAt < :to", Object[].class)
                .setParameter("account", accountId)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("to", PacificTime.startOfDayUtc(to.plusDays(1))).getResultStream()
                .map(s -> entry(s, locale, ((Long) s[6]) == accountId ? "/supervision/session.xhtml?id=" + s[0]
                        : "/supervision/mine.xhtml"))
                .toList();
    }

    private static CalendarEntry entry(Object[] session, Locale locale, String page) {
        String kind = Messages.text(locale, ((SessionKind) session[1]).messageKey());
        String title = session[2] == null
                ? Messages.text(locale, "supervision.calendar.title", kind, session[3])
                : Messages.text(locale, "supervision.calendar.titleWithTopic", kind, session[2]);
        return CalendarEntry.timed("supervision-" + session[0] + "@iecmhc-lms", CalendarKind.SUPERVISION, title,
                PacificTime.fromUtc((LocalDateTime) session[4]), ((Number) session[5]).intValue(), page);
    }
}
