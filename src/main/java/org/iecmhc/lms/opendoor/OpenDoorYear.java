package org.iecmhc.lms.opendoor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.CaliforniaHolidays;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.MonthlyDates;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Open-Door sessions are monthly: from one session with a time, the rest of its fiscal year's sessions are created in
 * one step, one a month on the same day of the month ({@link MonthlyDates}), moved to the next day state offices are
 * open when that day is a weekend or a California state holiday. A month that already has a session of the same title
 * and facilitator keeps it, so running it again creates nothing twice.
 */
@ApplicationScoped
public class OpenDoorYear {

    @Inject
    EntityManager em;

    @Inject
    OpenDoorSessions sessions;

    @Inject
    Clock clock;

    /** The sessions created, by date; none when every remaining month already has one. */
    @Transactional
    public List<OpenDoorSession> fillFiscalYear(Viewer viewer, long sessionId) {
        OpenDoorSession first = sessions.visible(viewer, sessionId);
        if (first.getSlot() == null) {
            throw new InputRejected(null, "providerCop.monthly.noTime");
        }
        LocalDate end = FiscalYear.of(first.getHeldOn()).dayAfter();
        Set<YearMonth> held = heldMonths(first, end);
        LocalDate today = PacificTime.today(clock);
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(first.getHeldOn()), YearMonth.from(end));
        List<OpenDoorSession> created = MonthlyDates.from(first.getHeldOn(), months).stream()
                .map(CaliforniaHolidays::openDayNear)
                .filter(day -> day.isAfter(today) && !held.contains(YearMonth.from(day)))
                .map(first::repeatedOn).toList();
        created.forEach(em::persist);
        return created;
    }

    private Set<YearMonth> heldMonths(OpenDoorSession first, LocalDate end) {
        return em.createQuery("select s.heldOn from OpenDoorSession s where s.facilitator = :facilitator"
                        + " and s.title = :title and s.heldOn >= :from and s.heldOn < :end", LocalDate.class)
                .setParameter("facilitator", first.getFacilitator()).setParameter("title", first.getTitle())
                .setParameter("from", first.getHeldOn().withDayOfMonth(1)).setParameter("end", end)
                .getResultStream().map(YearMonth::from).collect(Collectors.toSet());
    }
}
