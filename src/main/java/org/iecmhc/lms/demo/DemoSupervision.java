package org.iecmhc.lms.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.supervision.Attendance;
import org.iecmhc.lms.supervision.ReflectiveSupervision;
import org.iecmhc.lms.supervision.SessionDetails;
import org.iecmhc.lms.supervision.SessionKind;
import org.iecmhc.lms.supervision.SessionNotes;
import org.iecmhc.lms.supervision.SupervisionSession;

/**
 * With {@code lms.demo=true}, reflective supervision for the demo cohorts (see {@link DemoYears}): the closed one
 * gets a year of group sessions in which every trainee who completed attended at least 24 hours (what the cohort
 * requires), and the active one gets monthly group sessions and fortnightly individual sessions for María and James
 * over the cohort's dates, attendance taken at those already held, and a confidential note on one of James's.
 */
@ApplicationScoped
public class DemoSupervision {

    private static final Logger LOG = Logger.getLogger(DemoSupervision.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);
    public static final String JAMES_NOTE = "James noticed how much the director's hurry shapes his own visits; next time he"
            + " will slow the first ten minutes down and ask the teachers what they see first.";
    private static final int PAST_SESSIONS = 14;
    private static final int PAST_MINUTES = 120;
    private static final int GROUP_MINUTES = 90;
    private static final int INDIVIDUAL_MINUTES = 60;

    @Inject
    DemoSwitch demo;

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    SessionNotes notes;

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;



    /** One transaction: some eighty sessions with their invitations and attendance are written at start-up, all or none. */
    @Transactional
    void onDatabaseReady(@Observes @Priority(150) DatabaseReady ready) {
        if (!demo.isOn() || supervision.count(SYSTEM, null) > 0) {
            return;
        }
        DemoYears years = DemoYears.at(demo.clock());
        Optional<Cohort> past = cohort(years.pastName());
        Optional<Cohort> current = cohort(years.currentName());
        Optional<Account> renee = accounts.findByEmail(DemoPerson.FACULTY.email());
        Optional<Account> david = accounts.findByEmail(DemoPerson.FACULTY_CONSULTANT.email());
        Optional<Account> maria = accounts.findByEmail(DemoPerson.TRAINEE.email());
        Optional<Account> james = accounts.findByEmail(DemoPerson.TRAINEE_EN.email());
        if (past.isEmpty() || current.isEmpty() || renee.isEmpty() || david.isEmpty() || maria.isEmpty() || james.isEmpty()) {
            return;
        }
        Random random = new Random(15);
        pastYear(past.get(), renee.get(), random);
        LocalDate today = LocalDate.now(demo.clock().withZone(PacificTime.ZONE));
        currentYear(current.get(), renee.get(), david.get(), maria.get(), james.get(), today, random);
        LOG.info(() -> "Demo data loaded: reflective supervision for cohorts " + years.pastName() + " and "
                + years.currentName());
    }

    /** Two-hour group sessions twice a month: a completer misses at most one, so each has 26 hours or more. */
    private void pastYear(Cohort cohort, Account supervisor, Random random) {
        LocalDate day = cohort.getStartDate().with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        Map<Long, Integer> missed = new HashMap<>();
        for (int i = 0; i < PAST_SESSIONS; i++) {
            LocalDate on = day.plusWeeks(2L * i + (i / 2));
            List<Account> invited = supervision.invitableTrainees(cohort.getId(), on);
            SupervisionSession session = schedule(cohort, SessionKind.GROUP, supervisor, on, LocalTime.of(10, 0),
                    PAST_MINUTES, null, invited);
            Map<Long, Attendance> attendance = new HashMap<>();
            for (Account trainee : invited) {
                boolean misses = missed.getOrDefault(trainee.getId(), 0) < 1 && random.nextInt(6) == 0;
                if (misses) {
                    missed.merge(trainee.getId(), 1, Integer::sum);
                }
                attendance.put(trainee.getId(), misses ? (random.nextBoolean() ? Attendance.EXCUSED : Attendance.ABSENT)
                        : Attendance.PRESENT);
            }
            supervision.takeAttendance(SYSTEM, session.getId(), attendance);
        }
    }

    private void currentYear(Cohort cohort, Account renee, Account david, Account maria, Account james,
                             LocalDate today, Random random) {
        LocalDate from = cohort.getStartDate();
        LocalDate until = cohort.getEndDate();
        LocalDate firstGroup = from.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
        if (firstGroup.isBefore(from)) {
            firstGroup = from.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
        }
        for (LocalDate on = firstGroup; !on.isAfter(until); on = on.plusMonths(1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY))) {
            SupervisionSession session = schedule(cohort, SessionKind.GROUP, renee, on, LocalTime.of(10, 0), GROUP_MINUTES,
                    "Reflective practice group", supervision.invitableTrainees(cohort.getId(), on));
            attend(session, on, today, random);
        }
        LocalDate firstIndividual = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        SupervisionSession latestOfJames = null;
        for (LocalDate on = firstIndividual; on.plusDays(1).isBefore(until); on = on.plusWeeks(2)) {
            SupervisionSession forMaria = schedule(cohort, SessionKind.INDIVIDUAL, david, on, LocalTime.of(15, 0),
                    INDIVIDUAL_MINUTES, "Supervisión individual", List.of(maria));
            attend(forMaria, on, today, random);
            SupervisionSession forJames = schedule(cohort, SessionKind.INDIVIDUAL, renee, on.plusDays(1),
                    LocalTime.of(16, 30), INDIVIDUAL_MINUTES, null, List.of(james));
            attend(forJames, on.plusDays(1), today, random);
            if (on.plusDays(1).isBefore(today)) {
                latestOfJames = forJames;
            }
        }
        if (latestOfJames != null) {
            notes.write(new Viewer(renee.getEmail(), false), latestOfJames.getId(), JAMES_NOTE);
        }
    }

    private SupervisionSession schedule(Cohort cohort, SessionKind kind, Account supervisor, LocalDate on,
                                        LocalTime at, int minutes, String topic, List<Account> invited) {
        return supervision.schedule(SYSTEM, new SessionDetails(cohort.getId(), kind, supervisor.getId(),
                new MeetingTime(on, at, minutes),
                topic, Set.copyOf(invited.stream().map(Account::getId).toList())));
    }

    /** Sessions held have their attendance, mostly present; those to come have none yet. */
    private void attend(SupervisionSession session, LocalDate on, LocalDate today, Random random) {
        if (!on.isBefore(today)) {
            return;
        }
        Map<Long, Attendance> attendance = new HashMap<>();
        supervision.invitations(SYSTEM, session.getId()).forEach(i -> attendance.put(i.getTrainee().getId(),
                random.nextInt(8) == 0 ? Attendance.EXCUSED : Attendance.PRESENT));
        supervision.takeAttendance(SYSTEM, session.getId(), attendance);
    }

    private Optional<Cohort> cohort(String name) {
        return cohorts.list(0, 100).stream().filter(c -> c.getName().equals(name)).findFirst();
    }
}
