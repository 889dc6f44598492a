package org.iecmhc.lms.opendoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** The day held on is the first time, the start (if any) the second. */
    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("s.id").texts("s.title").times("s.held_on", "s.starts_at").minutes("s.duration_minutes")
                .from("open_door_session s where s.facilitator_id = ? and s.held_on >= ? and s.held_on <= ?",
                        accountId, from, to);
    }

    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        String uid = "open-door-" + row.id() + "@iecmhc-lms";
        String title = Messages.text(locale, "calendar.openDoor.title", row.firstText());
        String page = "/opendoor/session.xhtml?id=" + row.id();
        return List.of(row.second() == null
                ? CalendarEntry.onDay(uid, CalendarKind.OPEN_DOOR, title, row.first().toLocalDate(), page)
                : CalendarEntry.timed(uid, CalendarKind.OPEN_DOOR, title, PacificTime.fromUtc(row.second()),
                        row.minutes(), page));
    }
}
