package org.iecmhc.lms.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Community of Practice meetings on calendars: each meeting is on its facilitator's calendar and on that of every
 * trainee of the series' cohort. The page named is the series for the facilitator and the trainee's own page otherwise.
 */
@ApplicationScoped
public class PracticeCalendar implements CalendarSource {

    /** Plain columns, not the meeting entity: that would load the series' cohort, facilitator and roles each time. */
    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("m.id").otherId("s.id").ownWhen("s.facilitator_id = ?").texts("s.title").times("m.starts_at")
                .minutes("m.duration_minutes").from("practice_meeting m join practice_series s on s.id = m.series_id"
                        + " where m.starts_at >= ? and m.starts_at < ? and (s.facilitator_id = ? or s.cohort_id in"
                        + " (select e.cohort_id from enrollment e where e.trainee_id = ? and e.status in ("
                        + UnionAll.names(PracticeAccess.MEMBERS) + ")))",
                        accountId, PacificTime.startOfDayUtc(from), PacificTime.startOfDayUtc(to.plusDays(1)),
                        accountId, accountId);
    }

    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        return List.of(CalendarEntry.timed("practice-meeting-" + row.id(), CalendarKind.PRACTICE,
                Messages.text(locale, "practice.calendar.title", row.firstText()), PacificTime.fromUtc(row.first()),
                row.minutes(), row.own() ? "/community/series.xhtml?id=" + row.otherId() : "/community/mine.xhtml"));
    }
}
