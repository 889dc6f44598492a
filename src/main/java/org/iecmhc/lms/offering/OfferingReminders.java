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
import org.iecmhc.lms.notification.Reminders;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * "Tomorrow: ..." each California day, to everyone holding a seat in an offering that starts the next day. Marked on
 * the registration, so a day's round that runs again mails nobody twice.
 */
@ApplicationScoped
public class OfferingReminders extends Reminders<OfferingReminders.Seat> {

    @Inject
    @Any
    Instance<OfferingSource> sources;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    /** One confirmed seat not reminded yet, in the offering it is in. */
    protected record Seat(Offering offering, Registration registration) {
    }

    public OfferingReminders() {
        super("offering-reminders", ChronoUnit.DAYS);
    }

    @Override
    protected List<Seat> due(ZonedDateTime periodStart) {
        LocalDate tomorrow = periodStart.toLocalDate().plusDays(1);
        LocalDateTime from = PacificTime.startOfDayUtc(tomorrow);
        LocalDateTime until = PacificTime.startOfDayUtc(tomorrow.plusDays(1));
        List<Offering> starting = new ArrayList<>();
        sources.forEach(source -> source.upcoming(from.minusNanos(1)).stream()
                .filter(o -> o.startsAtUtc().isBefore(until)).forEach(starting::add));
        List<Seat> seats = new ArrayList<>();
        for (Offering offering : starting) {
            em.createQuery("select r from Registration r where r.offeringKind = :kind"
                            + " and r.offeringId = :id and r.state = :seat and r.remindedAt is null order by r.id", Registration.class)
                    .setParameter("kind", offering.kind()).setParameter("id", offering.id())
                    .setParameter("seat", RegistrationState.CONFIRMED).getResultList()
                    .forEach(registration -> seats.add(new Seat(offering, registration)));
        }
        return seats;
    }

    @Override
    protected void remind(Seat seat, ZonedDateTime periodStart) {
        mails.reminder(seat.registration(), seat.offering());
        seat.registration().reminded(LocalDateTime.now(clock));
    }
}
