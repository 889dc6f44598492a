package org.iecmhc.lms.support;

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
 * Community of Support sessions on their facilitating consultant's calendar; the providers who attend have no
 * account, so no one else's calendar has them.
 */
@ApplicationScoped
public class SupportCalendar implements CalendarSource {

    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("m.id").otherId("s.id").texts("s.title").times("m.starts_at").minutes("m.duration_minutes")
                .from("support_session m join support_series s on s.id = m.series_id"
                        + " where s.facilitator_id = ? and m.starts_at >= ? and m.starts_at < ?",
                        accountId, PacificTime.startOfDayUtc(from), PacificTime.startOfDayUtc(to.plusDays(1)));
    }

    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        return List.of(CalendarEntry.timed("support-session-" + row.id() + "@iecmhc-lms", CalendarKind.SUPPORT,
                Messages.text(locale, "calendar.support.title", row.firstText()), PacificTime.fromUtc(row.first()),
                row.minutes(), "/support/series.xhtml?id=" + row.otherId()));
    }
}
