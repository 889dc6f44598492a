package org.iecmhc.lms.course;

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
 * Assignments' due times on calendars: on that of every trainee whose cohort's courses they see, leading to the
 * hand-in page, and on the course's faculty member's, leading to the course.
 */
@ApplicationScoped
public class CourseCalendar implements CalendarSource {

    private static final String TEACHES = "exists (select 1 from course_teacher t where t.course_id = c.id"
            + " and t.account_id = ?)";

    /**
     * Plain columns: the course entity would load its cohort and faculty for every row. A course's teachers (co-teachers
     * too) see its due dates as their own.
     */
    @Override
    public Select rowsFor(long accountId, LocalDate from, LocalDate to) {
        return Columns.id("a.id").otherId("c.id").ownWhen(TEACHES).texts("a.title", "c.title").times("a.due_at")
                .minutes("0").from("assignment a join course c on c.id = a.course_id"
                        + " where a.due_at >= ? and a.due_at < ? and (" + TEACHES + " or c.cohort_id in"
                        + " (select e.cohort_id from enrollment e where e.trainee_id = ? and e.status in ("
                        + UnionAll.names(CourseAccess.SEES_COURSES) + ")))",
                        accountId, PacificTime.startOfDayUtc(from), PacificTime.startOfDayUtc(to.plusDays(1)),
                        accountId, accountId);
    }

    /** A teacher's entry leads to the course, a trainee's to the hand-in page. */
    @Override
    public List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to) {
        return List.of(CalendarEntry.timed("assignment-due-" + row.id() + "@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE,
                Messages.text(locale, "calendar.course.due", row.firstText(), row.secondText()),
                PacificTime.fromUtc(row.first()), 0,
                row.own() ? "/course/view.xhtml?id=" + row.otherId() : "/course/assignment.xhtml?id=" + row.id()));
    }
}
