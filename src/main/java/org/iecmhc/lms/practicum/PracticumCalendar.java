package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** A row per placement with a first or last day in those days: the first day is the first time, the last the second. */
    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("p.id").texts("pr.name").times("p.start_on", "p.end_on")
                .from("practicum_placement p join provider pr on pr.id = p.provider_id"
                        + " join enrollment e on e.id = p.enrollment_id where e.trainee_id = ? and p.status <> ?"
                        + " and ((p.start_on >= ? and p.start_on <= ?) or (p.end_on >= ? and p.end_on <= ?))",
                        accountId, PlacementStatus.ENDED_EARLY.name(), from, to, from, to);
    }

    /** Each of the placement's two days that falls in the days asked. */
    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        List<CalendarEntry> entries = new ArrayList<>();
        day(row, row.first(), "start", locale, from, to, entries);
        day(row, row.second(), "end", locale, from, to, entries);
        return entries;
    }

    private static void day(Row row, LocalDateTime midnight, String which, Locale locale, LocalDate from,
                            LocalDate to, List<CalendarEntry> entries) {
        LocalDate day = midnight == null ? null : midnight.toLocalDate();
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
            entries.add(CalendarEntry.onDay("placement-" + which + "-" + row.id() + "@iecmhc-lms", CalendarKind.PRACTICUM,
                    Messages.text(locale, "calendar.practicum." + which, row.firstText()), day,
                    "/practicum/log.xhtml?placement=" + row.id()));
        }
    }
}
