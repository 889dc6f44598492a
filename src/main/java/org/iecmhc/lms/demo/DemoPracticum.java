package org.iecmhc.lms.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.practicum.EntryDetails;
import org.iecmhc.lms.practicum.LogEntry;
import org.iecmhc.lms.practicum.LogReview;
import org.iecmhc.lms.practicum.Placement;
import org.iecmhc.lms.practicum.PlacementDetails;
import org.iecmhc.lms.practicum.PlacementFilter;
import org.iecmhc.lms.practicum.PlacementStatus;
import org.iecmhc.lms.practicum.Placements;
import org.iecmhc.lms.practicum.PracticumActivity;
import org.iecmhc.lms.practicum.PracticumLog;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ProviderSearch;
import org.iecmhc.lms.provider.ProviderSort;

/**
 * With {@code lms.demo=true}, practicum placements with demo providers: in the closed cohort "2024-2025" every
 * trainee who completed has more than the 60 approved hours the cohort asks for (so completion can issue their
 * certificates); in the active one María and James keep a weekly log since its start, mostly approved, the last weeks
 * waiting for review and one entry each returned with a comment. Entries are logged by the trainees and reviewed
 * by the cohort's faculty through the same services as the pages.
 */
@ApplicationScoped
public class DemoPracticum {

    private static final Logger LOG = Logger.getLogger(DemoPracticum.class.getName());
    /** Weekly four-hour visits: 16 of them are 64 hours, above the 60 the cohort requires. */
    private static final int PAST_VISITS = 16;
    private static final int PAST_MINUTES = 240;
    private static final int DAYS_WAITING_FOR_REVIEW = 21;
    private static final String[] MENTORS = {"Maya Brooks", "Teresa Vang", "Daniel Soto", "Helen Wu", "Rosa Castillo",
            "Priya Raman", "Guadalupe Ramírez"};

    @Inject
    DemoSwitch demo;

    @Inject
    Placements placements;

    @Inject
    PracticumLog log;

    @Inject
    LogReview review;

    @Inject
    ProviderRegistry providers;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(160) DatabaseReady ready) {
        if (!demo.isOn() || accounts.findByEmail(DemoPerson.ADMIN.email()).isEmpty()
                || accounts.findByEmail(DemoPerson.FACULTY.email()).isEmpty()
                || placements.count(admin(), new PlacementFilter(null, null)) > 0) {
            return;
        }
        List<Provider> registry = providers.search(ProviderSearch.everything(), 0, 100, ProviderSort.NAME, true);
        DemoYears years = DemoYears.at(demo.clock());
        Optional<Cohort> past = cohort(years.pastName());
        Optional<Cohort> current = cohort(years.currentName());
        if (registry.isEmpty() || past.isEmpty() || current.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(demo.clock().withZone(PacificTime.ZONE));
        int n = 0;
        for (Enrollment enrollment : placements.placeable(admin(), past.get().getId())) {
            pastYear(enrollment, registry.get(n % registry.size()), MENTORS[n % MENTORS.length], today);
            n++;
        }
        for (Enrollment enrollment : placements.placeable(admin(), current.get().getId())) {
            String email = enrollment.getTrainee().getEmail();
            if (email.equals(DemoPerson.TRAINEE.email()) || email.equals(DemoPerson.TRAINEE_EN.email())) {
                lastYear(enrollment, registry.get(n % registry.size()), MENTORS[n % MENTORS.length], today,
                        email.equals(DemoPerson.TRAINEE.email()));
                n++;
            }
        }
        LOG.info("Demo data loaded: " + n + " practicum placements with their logs");
    }

    /** A finished placement: weekly visits, all approved; a trainee who did not complete stopped early. */
    private void pastYear(Enrollment enrollment, Provider provider, String mentor, LocalDate today) {
        LocalDate pastStart = enrollment.getCohort().getStartDate().plusMonths(1);
        boolean completed = enrollment.getStatus() == EnrollmentStatus.COMPLETED;
        int visits = completed ? PAST_VISITS : PAST_VISITS / 3;
        LocalDate end = completed ? pastStart.plusMonths(5) : pastStart.plusWeeks(visits + 1L);
        Placement placement = placements.create(admin(), new PlacementDetails(enrollment.getId(), provider.getId(),
                mentor, "(555) 010-2024", pastStart, end, completed ? PlacementStatus.COMPLETED : PlacementStatus.ENDED_EARLY));
        String trainee = enrollment.getTrainee().getEmail();
        for (int week = 0; week < visits; week++) {
            // the Tuesday on or after, never before the placement's start, whatever weekday the cohort starts on
            LocalDate day = pastStart.plusWeeks(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            if (day.isAfter(today)) {
                break;
            }
            LogEntry entry = log.log(trainee, placement.getId(), new EntryDetails(day, LocalTime.of(9, 0), PAST_MINUTES,
                    PracticumActivity.values()[week % PracticumActivity.values().length], null));
            review.approve(faculty(), entry.getId(), entry.getVersion());
        }
    }

    /** An active placement over the cohort's dates: a visit a week, the older ones approved, one returned. */
    private void lastYear(Enrollment enrollment, Provider provider, String mentor, LocalDate today, boolean spanish) {
        LocalDate start = enrollment.getCohort().getStartDate();
        Placement placement = placements.create(admin(), new PlacementDetails(enrollment.getId(), provider.getId(),
                mentor, mentor.toLowerCase().replace(' ', '.') + "@provider.example.org", start, enrollment.getCohort().getEndDate(),
                PlacementStatus.ACTIVE));
        String trainee = enrollment.getTrainee().getEmail();
        LocalDate waitingFrom = today.minusDays(DAYS_WAITING_FOR_REVIEW);
        LocalDate returnedOn = null;
        int visit = 0;
        for (LocalDate day = start.with(DayOfWeek.MONDAY).plusWeeks(1); day.isBefore(today); day = day.plusWeeks(1)) {
            PracticumActivity activity = PracticumActivity.values()[visit % PracticumActivity.values().length];
            LocalTime startsAt = visit % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(13, 30);
            int minutes = 150 + 30 * (visit % 4);
            LogEntry entry = log.log(trainee, placement.getId(), new EntryDetails(day, startsAt, minutes, activity,
                    note(activity, spanish)));
            visit++;
            if (returnedOn == null && !day.isBefore(waitingFrom.minusDays(14))) {
                returnedOn = day;
                review.giveBack(faculty(), entry.getId(), entry.getVersion(), spanish
                        ? "Por favor, agregue qué observó y en qué salón fue la visita."
                        : "Please add what you observed and which classroom the visit was in.");
            } else if (day.isBefore(waitingFrom)) {
                review.approve(faculty(), entry.getId(), entry.getVersion());
            }
        }
    }

    private static String note(PracticumActivity activity, boolean spanish) {
        return switch (activity) {
            case OBSERVATION -> spanish ? "Observé la rutina de llegada en el salón de los niños pequeños."
                    : "Observed the arrival routine in the toddler room.";
            case REFLECTIVE_CONVERSATION -> spanish ? "Conversación reflexiva con la maestra principal."
                    : "Reflective conversation with the lead teacher.";
            case ACTION_PLANNING -> spanish ? "Plan de acción para las transiciones después de la siesta."
                    : "Action plan for the transitions after nap time.";
            case PROGRAM_LEVEL_MEETING -> spanish ? "Reunión con la directora sobre el apoyo al personal."
                    : "Meeting with the director on staff support.";
        };
    }

    private Optional<Cohort> cohort(String name) {
        return placements.cohorts(admin()).stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private static String admin() {
        return DemoPerson.ADMIN.email();
    }

    private static String faculty() {
        return DemoPerson.FACULTY.email();
    }
}
