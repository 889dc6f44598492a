package org.iecmhc.lms.opendoor;

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
 * Open-Door sessions on their facilitating consultant's calendar: at their time, or as an all-day entry when they were
 * recorded by their day only (held on is the California day of the time, so both are chosen by it). Those who attend
 * are providers, recorded without an account, so no one else's calendar has them.
 */
@ApplicationScoped
public class OpenDoorCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select s.id, s.title, s.heldOn, s.slot.startsAt, s.slot.minutes from OpenDoorSession s"
                        + " where s.facilitator.id = :person and s.heldOn >= :from and s.heldOn <= :to"
                        + " order by s.heldOn, s.id", Object[].class)
                .setParameter("person", accountId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(row -> entry(row, locale)).toList();
    }

    private static CalendarEntry entry(Object[] row, Locale locale) {
        String uid = "open-door-" + row[0] + "@iecmhc-lms";
        String title = Messages.text(locale, "calendar.openDoor.title", row[1]);
        String page = "/opendoor/session.xhtml?id=" + row[0];
        return row[3] == null ? CalendarEntry.onDay(uid, CalendarKind.OPEN_DOOR, title, (LocalDate) row[2], page)
                : CalendarEntry.timed(uid, CalendarKind.OPEN_DOOR, title, PacificTime.fromUtc((LocalDateTime) row[3]),
                        ((Number) row[4]).intValue(), page);
    }
}
