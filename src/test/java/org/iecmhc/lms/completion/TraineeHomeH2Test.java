package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.iecmhc.lms.announcement.AnnouncementDetails;
import org.iecmhc.lms.announcement.Audience;
import org.iecmhc.lms.announcement.ShownAnnouncement;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.course.HomeCourse;
import org.iecmhc.lms.course.TraineeSummary;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.home.ToDoList;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.SessionDetails;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.EmbeddedH2;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.junit.jupiter.api.Test;

/**
 * The trainee home's statements of plain SQL that gather from several features, the calendar's and the own
 * progress's {@code union all}, the announcements and the page's reads in one statement, on H2 in MySQL mode (the default embedded
 * database) with its migrations applied: dates and times in one column, null columns of the other parts, enum names as
 * literals.
 */
class TraineeHomeH2Test {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 15);

    @Test
    void theCalendarTheOwnProgressAndThePagesReadsReadTheSameOnH2() {
        EntityManagerFactory factory = EmbeddedH2.entityManagerFactory(EmbeddedH2.migrated("home"));
        try {
            long faculty = in(factory, s -> s.accounts().create(new AccountDetails("fay.h2@example.org", "Fay", "Faculty",
                    Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
            long consultant = in(factory, s -> s.accounts().create(new AccountDetails("con.h2@example.org", "Con",
                    "Sultant", Language.EN, EnumSet.of(Role.CONSULTANT)), "long enough password", false)).getId();
            long cohort = in(factory, s -> s.cohorts().create(new CohortDetails("H2 cohort", LocalDate.of(2025, 9, 1),
                    LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 60), CohortStatus.ACTIVE,
                    new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true), Set.of(faculty))).getId();
            long course = in(factory, s -> s.courses().create(cohort, new CourseDetails("Foundations", "The model.", null,
                    null, true, 70), faculty)).getId();
            long essay = in(factory, s -> s.courses().saveAssignment(course, null, null, new AssignmentDetails("Essay",
                    "Write it.", LocalDateTime.of(2026, 6, 17, 19, 0), GradingKind.POINTS, 10, List.of()))).getId();
            long trainee = in(factory, s -> s.enrollments().enrol(cohort, "tia.h2@example.org", "Tia", "Trainee",
                    Language.EN, EnrollmentStatus.ENROLLED)).getTrainee().getId();
            long session = in(factory, s -> s.openDoor().schedule(ADMIN, new SessionDetails(MONDAY.plusDays(1),
                    "Biting", ServiceLanguage.EN, consultant))).getId();

            assertEquals(List.of(CalendarEntry.timed("assignment-due-" + essay + "@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE,
                            "Due: Essay (Foundations)", LocalDateTime.of(2026, 6, 17, 12, 0), 0,
                            "/course/assignment.xhtml?id=" + essay)),
                    week(factory, trainee));
            assertEquals(List.of("/course/view.xhtml?id=" + course),
                    week(factory, faculty).stream().map(CalendarEntry::page).toList(), "the teacher's own entry");
            assertEquals(List.of(CalendarEntry.onDay("open-door-" + session + "@iecmhc-lms", CalendarKind.OPEN_DOOR,
                            "Open-Door session: Biting", MONDAY.plusDays(1), "/opendoor/session.xhtml?id=" + session)),
                    week(factory, consultant), "a day without a time, read as its midnight");
            in(factory, s -> s.accounts().create(new AccountDetails(ADMIN.email(), "Ada", "Admin", Language.EN,
                    EnumSet.of(Role.ADMINISTRATOR)), "long enough password", false));
            for (AnnouncementDetails announcement : List.of(announcement(Audience.NETWORK, null, null),
                    announcement(Audience.COHORT, cohort, null), announcement(Audience.COURSE, null, course),
                    announcement(Audience.COHORT, otherCohort(factory), null))) {
                in(factory, s -> s.announcements().publish(ADMIN.email(), announcement));
            }
            List<Function<Services, SqlRead<?>>> reads = List.of(s -> s.announcements().shownTo("tia.h2@example.org"),
                    s -> s.toDoList().read(trainee),
                    s -> s.personalCalendar().meetingsThisWeek(consultant, Locale.ENGLISH),
                    s -> s.homeSummary().ofTrainee("tia.h2@example.org"));
            List<?> alone = in(factory, s -> reads.stream().map(read -> s.pageReads().add(read.apply(s)).get()).toList());
            assertEquals(List.of(Audience.COURSE, Audience.COHORT, Audience.NETWORK),
                    ((List<?>) alone.get(0)).stream().map(shown -> ((ShownAnnouncement) shown).audience()).toList(),
                    "newest first, not another cohort's");
            assertEquals(1, ((ToDoList.ToDo) alone.get(1)).items().size());
            assertEquals(1, ((List<?>) alone.get(2)).size());
            assertEquals(List.of("Foundations"),
                    ((TraineeSummary) alone.get(3)).courses().stream().map(HomeCourse::title).toList());
            assertEquals(alone, in(factory, s -> {
                List<Supplier<?>> kept = reads.stream().<Supplier<?>>map(read -> s.pageReads().add(read.apply(s))).toList();
                return kept.stream().map(Supplier::get).toList();
            }), "the home's reads in one statement");

            Map<String, Progress> progress = in(factory, s -> s.completion(List.of(s.courseCredits(),
                    s.supervisionCredits(), s.practiceCredits(), s.practicumCredits(), s.finalEvaluationCredits()))
                    .progressesOf("tia.h2@example.org"));
            assertEquals(Set.of("H2 cohort"), progress.keySet());
            assertEquals("Tia Trainee", progress.get("H2 cohort").getTraineeName());
        } finally {
            factory.close();
        }
    }

    private static AnnouncementDetails announcement(Audience audience, Long cohort, Long course) {
        return new AnnouncementDetails(audience, cohort, null, course, audience + " news", "Read it.", null, null,
                MONDAY.plusDays(14), false);
    }

    private static long otherCohort(EntityManagerFactory factory) {
        return in(factory, s -> s.cohorts().create(new CohortDetails("Other H2 cohort", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 60), CohortStatus.ACTIVE,
                new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true), Set.of())).getId();
    }

    private static List<CalendarEntry> week(EntityManagerFactory factory, long person) {
        return in(factory, s -> s.personalCalendar().entries(person, Locale.ENGLISH, MONDAY, MONDAY.plusDays(6)));
    }

    private static <T> T in(EntityManagerFactory factory, Function<Services, T> work) {
        return Services.inTransaction(factory, CLOCK, work);
    }
}
