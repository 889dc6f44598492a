package org.iecmhc.lms.completion;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.notification.ReminderSource;

/**
 * "Your certificate expires on ...": each California day, the holders of certificates expiring within the next
 * {@value #DAYS_AHEAD} days who were not reminded yet, so each is reminded once even when a day's run was missed.
 */
@ApplicationScoped
public class RenewalReminders implements ReminderSource {

    static final int DAYS_AHEAD = 60;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Override
    public String job() {
        return "certificate-renewal-reminders";
    }

    @Override
    public ChronoUnit period() {
        return ChronoUnit.DAYS;
    }

    @Override
    @Transactional
    public int remind(ZonedDateTime periodStart) {
        LocalDate today = periodStart.toLocalDate();
        List<Certificate> expiring = em.createQuery("select c from Certificate c join fetch c.enrollment e"
                        + " join fetch e.trainee join fetch e.cohort where c.validUntil >= :today"
                        + " and c.validUntil <= :horizon and c.renewalRemindedOn is null order by c.id", Certificate.class)
                .setParameter("today", today).setParameter("horizon", today.plusDays(DAYS_AHEAD)).getResultList();
        for (Certificate certificate : expiring) {
            var enrollment = certificate.getEnrollment();
            notifications.tell(enrollment.getTrainee().recipient(), NotificationKind.COMPLETION,
                    "certificate.notification.renewal", List.of(enrollment.getCohort().getName(),
                            certificate.getValidUntil().toString()), "/completion/progress.xhtml");
            certificate.remindedOn(today);
        }
        return expiring.size();
    }
}
