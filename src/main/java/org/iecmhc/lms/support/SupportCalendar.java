package org.iecmhc.lms.support;

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

/**
 * Community of Support sessions on their facilitating consultant's calendar; the providers who attend have no
 * account, so no one else's calendar has them.
 */
@ApplicationScoped
public class SupportCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select m.id, s.id, s.title, m.slot.startsAt, m.slot.minutes"
                        + " from SupportSession m join m.series s"
                        + " where s.facilitator.id = :person and m.slot.startsAt >= :from and m.slot.startsAt < :until"
                        + " order by m.slot.startsAt, m.id", Object[].class)
                .setParameter("person", accountId)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("until", PacificTime.startOfDayUtc(to.plusDays(1)))
                .getResultList().stream()
                .map(row -> CalendarEntry.timed("support-session-" + row[0] + "@iecmhc-lms", CalendarKind.SUPPORT,
                        Messages.text(locale, "calendar.support.title", row[2]), PacificTime.fromUtc((LocalDateTime) row[3]),
                        ((Number) row[4]).intValue(), "/support/series.xhtml?id=" + row[1]))
                .toList();
    }
}
