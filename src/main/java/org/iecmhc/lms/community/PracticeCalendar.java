package org.iecmhc.lms.community;

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
 * Community of Practice meetings on calendars: each meeting is on its facilitator's calendar and on that of every
 * trainee of the series' cohort. The page named is the series for the facilitator and the trainee's own page otherwise.
 */
@ApplicationScoped
public class PracticeCalendar implements CalendarSource {

    @Inject
    EntityManager em;

    /** Plain columns, not the meeting entity: that would load the series' cohort, facilitator and roles each time. */
    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select m.id, s.id, s.title, s.facilitator.id, m.slot.startsAt, m.slot.minutes"
                        + " from PracticeMeeting m join m.series s"
                        + " where m.slot.startsAt >= :from and m.slot.startsAt < :until and (s.facilitator.id = :person"
                        + " or s.cohort in (select e.cohort from Enrollment e where e.trainee.id = :person and e.status in :statuses))"
                        + " order by m.slot.startsAt, m.id", Object[].class)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("until", PacificTime.startOfDayUtc(to.plusDays(1)))
                .setParameter("person", accountId).setParameter("statuses", PracticeAccess.MEMBERS)
                .getResultList().stream().map(row -> entry(row, accountId, locale)).toList();
    }

    private static CalendarEntry entry(Object[] row, long accountId, Locale locale) {
        boolean facilitates = ((Number) row[3]).longValue() == accountId;
        return CalendarEntry.timed("practice-meeting-" + row[0], CalendarKind.PRACTICE, Messages.text(locale, "practice.calendar.title", row[2]),
                PacificTime.fromUtc((LocalDateTime) row[4]), ((Number) row[5]).intValue(),
                facilitates ? "/community/series.xhtml?id=" + row[1] : "/community/mine.xhtml");
    }
}
