package org.iecmhc.lms.course;

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
 * Assignments' due times on calendars: on that of every trainee whose cohort's courses they see, leading to the
 * hand-in page, and on the course's faculty member's, leading to the course.
 */
@ApplicationScoped
public class CourseCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    /**
     * Plain columns in one statement: the course entity would load its cohort and faculty for every row. A course's
     * teachers (co-teachers too) see its due dates linking to the course page; its trainees, to the hand-in page.
     */
    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select a.id, a.title, c.id, c.title,"
                        + " (select count(t) from Course k join k.teachers t where k = c and t.id = :person), a.dueAt"
                        + " from Assignment a join a.course c"
                        + " where a.dueAt >= :from and a.dueAt < :until and (exists (select t from Course k join k.teachers t"
                        + " where k = c and t.id = :person)"
                        + " or c.cohort in (select e.cohort from Enrollment e where e.trainee.id = :person and e.status in :statuses))"
                        + " order by a.dueAt, a.id", Object[].class)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("until", PacificTime.startOfDayUtc(to.plusDays(1)))
                .setParameter("person", accountId).setParameter("statuses", CourseAccess.SEES_COURSES)
                .getResultList().stream().map(row -> entry(row, locale)).toList();
    }

    private static CalendarEntry entry(Object[] row, Locale locale) {
        boolean teaches = ((Number) row[4]).longValue() > 0;
        return CalendarEntry.timed("assignment-due-" + row[0] + "@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE,
                Messages.text(locale, "calendar.course.due", row[1], row[3]), PacificTime.fromUtc((LocalDateTime) row[5]), 0,
                teaches ? "/course/view.xhtml?id=" + row[2] : "/course/assignment.xhtml?id=" + row[0]);
    }
}
