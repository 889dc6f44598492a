package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Reminders;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * "Due in 48 hours": each hour, the enrolled trainees who have not handed in (or were given back) an assignment
 * due in the hour 48 hours on. Hour by hour the windows meet without overlap, so each reminder goes once.
 */
@ApplicationScoped
public class DueReminders extends Reminders<Object[]> {

    static final long HOURS_AHEAD = 48;

    public DueReminders() {
        super("assignment-due-reminders", ChronoUnit.HOURS);
    }

    @Override
    protected List<Object[]> due(ZonedDateTime periodStart) {
        LocalDateTime from = periodStart.plusHours(HOURS_AHEAD).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return em.createQuery("select a.id, a.title, c.title, a.dueAt, t from Assignment a join a.course c,"
                        + " Enrollment e join e.trainee t where e.cohort = c.cohort and e.status = :enrolled"
                        + " and a.dueAt >= :from and a.dueAt < :until and not exists (select s from Submission s"
                        + " where s.assignment = a and s.trainee = t and s.status <> :returned) order by a.id, t.id",
                        Object[].class)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).setParameter("returned", SubmissionStatus.RETURNED)
                .setParameter("from", from).setParameter("until", from.plusHours(1)).getResultList();
    }

    @Override
    protected void remind(Object[] due, ZonedDateTime periodStart) {
        notifications.tell(((Account) due[4]).recipient(), NotificationKind.ASSIGNMENT_DUE, "notification.assignmentDue",
                List.of((String) due[1], (String) due[2], PacificTime.format((LocalDateTime) due[3])),
                "/course/assignment.xhtml?id=" + due[0]);
    }
}
