package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * A trainee's placements on their calendar: the first and the last day, the dates the practicum has (log entries
 * carry no due dates). A placement ended early no longer has a last day ahead, so it is left out.
 */
@ApplicationScoped
public class PracticumCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        List<Object[]> placements = em.createQuery("select p.id, pr.name, p.startOn, p.endOn"
                        + " from Placement p join p.provider pr join p.enrollment e"
                        + " where e.trainee.id = :person and p.status <> :endedEarly"
                        + " and ((p.startOn >= :from and p.startOn <= :to) or (p.endOn >= :from and p.endOn <= :to))"
                        + " order by p.startOn, p.id", Object[].class)
                .setParameter("person", accountId).setParameter("endedEarly", PlacementStatus.ENDED_EARLY)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Object[] row : placements) {
            day(row, (LocalDate) row[2], "start", locale, from, to, entries);
            day(row, (LocalDate) row[3], "end", locale, from, to, entries);
        }
        return entries;
    }

    private static void day(Object[] row, LocalDate day, String which, Locale locale, LocalDate from, LocalDate to,
                            List<CalendarEntry> entries) {
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
            entries.add(CalendarEntry.onDay("placement-" + which + "-" + row[0] + "@iecmhc-lms", CalendarKind.PRACTICUM,
                    Messages.text(locale, "calendar.practicum." + which, row[1]), day, "/practicum/log.xhtml?placement=" + row[0]));
        }
    }
}
