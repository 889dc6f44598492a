package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.notification.ReminderSource;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * "Due in 48 hours": each hour, the enrolled trainees who have not handed in (or were given back) an assignment
 * due in the hour 48 hours on. Hour by hour the windows meet without overlap, so each reminder goes once.
 */
@ApplicationScoped
public class DueReminders implements ReminderSource {

    static final long HOURS_AHEAD = 48;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Override
    public String job() {
        return "assignment-due-reminders";
    }

    @Override
    public ChronoUnit period() {
        return ChronoUnit.HOURS;
    }

    @Override
    @Transactional
    public int remind(ZonedDateTime periodStart) {
        LocalDateTime from = periodStart.plusHours(HOURS_AHEAD).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        List<Object[]> due = em.createQuery("select a.id, a.title, c.title, a.dueAt, t from Assignment a join a.course c,"
                        + " Enrollment e join e.trainee t where e.cohort = c.cohort and e.status = :enrolled"
                        + " and a.dueAt >= :from and a.dueAt < :until and not exists (select s from Submission s"
                        + " where s.assignment = a and s.trainee = t and s.status <> :returned) order by a.id, t.id",
                        Object[].class)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).setParameter("returned", SubmissionStatus.RETURNED)
                .setParameter("from", from).setParameter("until", from.plusHours(1)).getResultList();
        for (Object[] row : due) {
            notifications.tell(((Account) row[4]).recipient(), NotificationKind.ASSIGNMENT_DUE, "notification.assignmentDue",
                    List.of((String) row[1], (String) row[2], PacificTime.format((LocalDateTime) row[3])),
                    "/course/assignment.xhtml?id=" + row[0]);
        }
        return due.size();
    }
}
