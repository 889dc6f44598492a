package org.iecmhc.lms.completion;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Reminders;

/**
 * "Your certificate expires on ...": each California day, the holders of certificates expiring within the next
 * {@value #DAYS_AHEAD} days who were not reminded yet, so each is reminded once even when a day's run was missed.
 */
@ApplicationScoped
public class RenewalReminders extends Reminders<Certificate> {

    static final int DAYS_AHEAD = 60;

    public RenewalReminders() {
        super("certificate-renewal-reminders", ChronoUnit.DAYS);
    }

    @Override
    protected List<Certificate> due(ZonedDateTime periodStart) {
        LocalDate today = periodStart.toLocalDate();
        return em.createQuery("select c from Certificate c join fetch c.enrollment e"
                        + " join fetch e.trainee join fetch e.cohort where c.validUntil >= :today"
                        + " and c.validUntil <= :horizon and c.renewalRemindedOn is null order by c.id", Certificate.class)
                .setParameter("today", today).setParameter("horizon", today.plusDays(DAYS_AHEAD)).getResultList();
    }

    @Override
    protected void remind(Certificate certificate, ZonedDateTime periodStart) {
        var enrollment = certificate.getEnrollment();
        notifications.tell(enrollment.getTrainee().recipient(), NotificationKind.COMPLETION,
                "certificate.notification.renewal", List.of(enrollment.getCohort().getName(),
                        certificate.getValidUntil().toString()), "/completion/progress.xhtml");
        certificate.remindedOn(periodStart.toLocalDate());
    }
}
