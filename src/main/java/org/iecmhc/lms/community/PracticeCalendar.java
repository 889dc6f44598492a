package org.iecmhc.lms.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarEntry;
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

    @Override
    public List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to) {
        return em.createQuery("select m from PracticeMeeting m join fetch m.series s"
                        + " where m.slot.startsAt >= :from and m.slot.startsAt < :until and (s.facilitator.id = :person"
                        + " or s.cohort in (select e.cohort from Enrollment e where e.trainee.id = :person and e.status in :statuses))"
                        + " order by m.slot.startsAt, m.id", PracticeMeeting.class)
                .setParameter("from", PacificTime.startOfDayUtc(from))
                .setParameter("until", PacificTime.startOfDayUtc(to.plusDays(1)))
                .setParameter("person", accountId).setParameter("statuses", PracticeAccess.MEMBERS)
                .getResultList().stream().map(m -> entry(m, accountId, locale)).toList();
    }

    private static CalendarEntry entry(PracticeMeeting meeting, long accountId, Locale locale) {
        PracticeSeries series = meeting.getSeries();
        boolean facilitates = series.getFacilitator().getId() == accountId;
        return new CalendarEntry("practice-meeting-" + meeting.getId(), Messages.text(locale, "practice.calendar.title", series.getTitle()),
                meeting.getSlot().getStartsAtPacific(), meeting.getSlot().getMinutes(),
                facilitates ? "/community/series.xhtml?id=" + series.getId() : "/community/mine.xhtml");
    }
}
