package org.iecmhc.lms.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/** Puts supervision sessions, unless cancelled, on the calendars of their supervisor and of the trainees invited. */
@ApplicationScoped
public class SupervisionCalendar implements CalendarSource {

    /**
     * The sessions supervised and those invited to, in one query of plain columns (the session entity would load its
     * cohort and, through it, more rows each time); the texts are the kind, the topic and the cohort's name.
     */
    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("s.id").ownWhen("s.supervisor_id = ?").texts("s.kind", "s.topic", "c.name")
                .times("s.starts_at").minutes("s.duration_minutes")
                .from("supervision_session s join cohort c on c.id = s.cohort_id"
                        + " where (s.supervisor_id = ? or exists (select 1 from supervision_invitation i"
                        + " where i.session_id = s.id and i.trainee_id = ?)) and s.cancelled_at is null"
                        + " and s.starts_at >= ? and s.starts_at < ?",
                        accountId, accountId, accountId, PacificTime.startOfDayUtc(from),
                        PacificTime.startOfDayUtc(to.plusDays(1)));
    }

    /** A supervisor's entry opens the session, a trainee's their list of sessions. */
    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        String kind = Messages.text(locale, SessionKind.valueOf(row.firstText()).messageKey());
        String title = row.secondText() == null
                ? Messages.text(locale, "supervision.calendar.title", kind, row.thirdText())
                : Messages.text(locale, "supervision.calendar.titleWithTopic", kind, row.secondText());
        return List.of(CalendarEntry.timed("supervision-" + row.id() + "@iecmhc-lms", CalendarKind.SUPERVISION, title,
                PacificTime.fromUtc(row.first()), row.minutes(),
                row.own() ? "/supervision/session.xhtml?id=" + row.id() : "/supervision/mine.xhtml"));
    }
}
