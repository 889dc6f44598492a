package org.iecmhc.lms.offering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.notification.ReminderSource;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * "Tomorrow: ..." each California day, to everyone holding a seat in an offering that starts the next day. Marked on
 * the registration, so a day's round that runs again mails nobody twice.
 */
@ApplicationScoped
public class OfferingReminders implements ReminderSource {

    @Inject
    @Any
    Instance<OfferingSource> sources;

    @Inject
    EntityManager em;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    @Override
    public String job() {
        return "offering-reminders";
    }

    @Override
    public ChronoUnit period() {
        return ChronoUnit.DAYS;
    }

    @Override
    @Transactional
    public int remind(ZonedDateTime periodStart) {
        LocalDate tomorrow = periodStart.toLocalDate().plusDays(1);
        LocalDateTime from = PacificTime.startOfDayUtc(tomorrow);
        LocalDateTime until = PacificTime.startOfDayUtc(tomorrow.plusDays(1));
        List<Offering> starting = new ArrayList<>();
        sources.forEach(source -> source.upcoming(from.minusNanos(1)).stream()
                .filter(o -> o.startsAtUtc().isBefore(until)).forEach(starting::add));
        int sent = 0;
        for (Offering offering : starting) {
            List<Registration> seated = em.createQuery("select r from Registration r where r.offeringKind = :kind"
                            + " and r.offeringId = :id and r.state = :seat and r.remindedAt is null order by r.id", Registration.class)
                    .setParameter("kind", offering.kind()).setParameter("id", offering.id())
                    .setParameter("seat", RegistrationState.CONFIRMED).getResultList();
            for (Registration registration : seated) {
                mails.reminder(registration, offering);
                registration.reminded(LocalDateTime.now(clock));
                sent++;
            }
        }
        return sent;
    }
}
