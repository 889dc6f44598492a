package org.iecmhc.lms.community;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Reminders;
import org.iecmhc.lms.platform.time.PacificTime;

/** "CoP meeting tomorrow": each California day, the members of every series that meets the next day. */
@ApplicationScoped
public class MeetingReminders extends Reminders<Object[]> {

    public MeetingReminders() {
        super("cop-meeting-reminders", ChronoUnit.DAYS);
    }

    @Override
    protected List<Object[]> due(ZonedDateTime periodStart) {
        LocalDate tomorrow = periodStart.toLocalDate().plusDays(1);
        return em.createQuery("select s.title, m.slot.startsAt, t from PracticeMeeting m join m.series s,"
                        + " Enrollment e join e.trainee t where e.cohort = s.cohort and e.status in :members"
                        + " and m.slot.startsAt >= :from and m.slot.startsAt < :until order by m.id, t.id", Object[].class)
                .setParameter("members", PracticeAccess.MEMBERS)
                .setParameter("from", PacificTime.startOfDayUtc(tomorrow))
                .setParameter("until", PacificTime.startOfDayUtc(tomorrow.plusDays(1))).getResultList();
    }

    @Override
    protected void remind(Object[] member, ZonedDateTime periodStart) {
        notifications.tell(((Account) member[2]).recipient(), NotificationKind.COP_MEETING_TOMORROW,
                "notification.copTomorrow", List.of((String) member[0], PacificTime.format((LocalDateTime) member[1])),
                "/community/mine.xhtml");
    }
}
