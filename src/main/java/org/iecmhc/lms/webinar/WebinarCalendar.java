package org.iecmhc.lms.webinar;

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

/** Webinars on the calendar of the one who leads them; registrants have no account and get the .ics by mail. */
@ApplicationScoped
public class WebinarCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select w.id, w.title, w.slot.startsAt, w.slot.minutes from Webinar w"
                        + " where w.facilitator.id = :person and w.slot.startsAt >= :from and w.slot.startsAt < :until"
                        + " order by w.slot.startsAt, w.id", Object[].class)
                .setParameter("person", accountId)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("until", PacificTime.startOfDayUtc(to.plusDays(1)))
                .getResultList().stream()
                .map(row -> CalendarEntry.timed("webinar-" + row[0] + "@iecmhc-lms", CalendarKind.WEBINAR,
                        Messages.text(locale, "calendar.webinar.title", row[1]), PacificTime.fromUtc((LocalDateTime) row[2]),
                        ((Number) row[3]).intValue(), "/webinar/webinar.xhtml?id=" + row[0]))
                .toList();
    }
}
