package org.iecmhc.lms.opendoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * Open-Door sessions on their facilitating consultant's calendar. A session is kept by its day only, so it is an
 * all-day entry; those who attend are providers, recorded without an account, so no one else's calendar has them.
 */
@ApplicationScoped
public class OpenDoorCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select s.id, s.title, s.heldOn from OpenDoorSession s"
                        + " where s.facilitator.id = :person and s.heldOn >= :from and s.heldOn <= :to"
                        + " order by s.heldOn, s.id", Object[].class)
                .setParameter("person", accountId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> CalendarEntry.onDay("open-door-" + row[0] + "@iecmhc-lms", CalendarKind.OPEN_DOOR,
                        Messages.text(locale, "calendar.openDoor.title", row[1]), (LocalDate) row[2],
                        "/opendoor/session.xhtml?id=" + row[0]))
                .toList();
    }
}
