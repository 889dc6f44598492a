package org.iecmhc.lms.webinar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/** Webinars on the calendar of the one who leads them; registrants have no account and get the .ics by mail. */
@ApplicationScoped
public class WebinarCalendar implements CalendarSource {

    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("w.id").texts("w.title").times("w.starts_at").minutes("w.duration_minutes")
                .from("webinar w where w.facilitator_id = ? and w.starts_at >= ? and w.starts_at < ?",
                        accountId, PacificTime.startOfDayUtc(from), PacificTime.startOfDayUtc(to.plusDays(1)));
    }

    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        return List.of(CalendarEntry.timed("webinar-" + row.id() + "@iecmhc-lms", CalendarKind.WEBINAR,
                Messages.text(locale, "calendar.webinar.title", row.firstText()), PacificTime.fromUtc(row.first()),
                row.minutes(), "/webinar/webinar.xhtml?id=" + row.id()));
    }
}
