package org.iecmhc.lms.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.community.Attendance;
import org.iecmhc.lms.community.CommunitiesOfPractice;
import org.iecmhc.lms.community.MeetingDetails;
import org.iecmhc.lms.community.PracticeMeeting;
import org.iecmhc.lms.community.PracticeRegister;
import org.iecmhc.lms.community.PracticeSchedule;

/**
 * With {@code lms.demo=true}, Community of Practice series (see {@link DemoYears}): in the closed cohort one series of
 * six meetings that every trainee who completed attended in full (so completion can certify them), and in the active
 * one an English and a Spanish series starting within the cohort, up to three meetings held with attendance and the
 * others still to come.
 */
@ApplicationScoped
public class DemoPractice {

    private static final Logger LOG = Logger.getLogger(DemoPractice.class.getName());
    private static final Viewer SYSTEM = new Viewer("system", true);
    private static final LocalTime EVENING = LocalTime.of(17, 30);
    /** How the trainees of the current cohort's own-language group were recorded at the three meetings held. */
    private static final List<List<Attendance>> HELD = List.of(
            List.of(Attendance.PRESENT, Attendance.PRESENT, Attendance.EXCUSED),
            List.of(Attendance.PRESENT, Attendance.ABSENT, Attendance.PRESENT),
            List.of(Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT));

    @Inject
    DemoSwitch demo;

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeRegister register;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(155) DatabaseReady ready) {
        if (!demo.isOn() || communities.count(SYSTEM, null) > 0) {
            return;
        }
        DemoYears years = DemoYears.at(demo.clock());
        Optional<Cohort> past = cohort(years.pastName());
        Optional<Cohort> current = cohort(years.currentName());
        Optional<Account> renee = accounts.findByEmail(DemoData.DemoPerson.FACULTY.email());
        Optional<Account> david = accounts.findByEmail(DemoData.DemoPerson.FACULTY_CONSULTANT.email());
        if (past.isEmpty() || current.isEmpty() || renee.isEmpty() || david.isEmpty()) {
            return;
        }
        long closed = start(past.get(), "Reflective practice circle", renee.get(),
                past.get().getStartDate().plusMonths(1).plusDays(14));
        List<PracticeMeeting> held = schedule.meetings(SYSTEM, closed);
        for (PracticeMeeting meeting : held) {
            Map<Long, Attendance> everyone = new HashMap<>();
            register.members(SYSTEM, closed).forEach(trainee -> everyone.put(trainee.getId(), Attendance.PRESENT));
            register.take(SYSTEM, meeting.getId(), everyone);
        }
        LocalDate today = LocalDate.now(demo.clock().withZone(PacificTime.ZONE));
        LocalDate threeAgo = today.minusMonths(3).plusDays(10);
        LocalDate firstMeeting = threeAgo.isAfter(current.get().getStartDate()) ? threeAgo
                : current.get().getStartDate().plusDays(10);
        runGroup(current.get(), "Practice circle (English)", renee.get(), firstMeeting, Language.EN, today);
        runGroup(current.get(), "Círculo de práctica (español)", david.get(), firstMeeting.plusDays(1), Language.ES, today);
        LOG.info("Demo data loaded: 3 Community of Practice series with their meetings and attendance");
    }

    /** The trainees who prefer the group's language are recorded at its meetings held so far. */
    private void runGroup(Cohort cohort, String title, Account facilitator, LocalDate firstMeeting, Language language,
                          LocalDate today) {
        long seriesId = start(cohort, title, facilitator, firstMeeting);
        List<Account> group = register.members(SYSTEM, seriesId).stream()
                .filter(trainee -> trainee.getPreferredLanguage() == language).toList();
        List<PracticeMeeting> meetings = schedule.meetings(SYSTEM, seriesId);
        for (int i = 0; i < HELD.size() && meetings.get(i).getSlot().getStartsAtPacific().toLocalDate().isBefore(today); i++) {
            Map<Long, Attendance> recorded = new HashMap<>();
            for (int t = 0; t < group.size(); t++) {
                recorded.put(group.get(t).getId(), HELD.get(t % HELD.size()).get(i));
            }
            register.take(SYSTEM, meetings.get(i).getId(), recorded);
        }
    }

    private long start(Cohort cohort, String title, Account facilitator, LocalDate firstMeeting) {
        long seriesId = communities.start(SYSTEM, cohort.getId(), title, facilitator.getId()).getId();
        schedule.scheduleMonthly(SYSTEM, seriesId, new MeetingDetails(new MeetingTime(firstMeeting, EVENING,
                MeetingDetails.USUAL_MINUTES),
                null, null));
        return seriesId;
    }

    private Optional<Cohort> cohort(String name) {
        return communities.cohorts(SYSTEM).stream().filter(c -> c.getName().equals(name)).findFirst();
    }
}
