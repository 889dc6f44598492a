package org.iecmhc.lms.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Communities of Practice against MariaDB: who runs which series, meetings kept in California wall-clock time,
 * attendance only for the cohort's trainees at meetings that began, and what the series hands to completion and to
 * calendars.
 */
class CommunitiesOfPracticePersistenceTest {

    /** 2027-03-20 13:00 in California (daylight saving time since March 14). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final LocalTime EVENING = LocalTime.of(17, 30);
    private static TestDatabase db;
    private static Account renee;
    private static Account omar;
    private static Account pat;
    private static int cohorts;

    /** A cohort taught by Renée with two enrolled trainees, an applicant and a withdrawn one. */
    private record Cohort(long id, Account ana, Account ben, Account applicant, Account withdrawn) {
    }

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        renee = person("renee.cop@example.org", Role.FACULTY);
        omar = person("omar.cop@example.org", Role.FACULTY);
        pat = person("pat.cop@example.org", Role.FACULTY);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void facultyRunTheSeriesTheyFacilitateOrOfCohortsTheyTeachAndAdministratorsAll() {
        Cohort cohort = cohort();
        PracticeSeries series = practice(p -> p.communities().start(ADMIN, cohort.id(), "Circle", pat.getId()));
        assertTrue(practice(p -> p.communities().find(viewer(renee), series.getId())).isPresent(), "teaches the cohort");
        assertTrue(practice(p -> p.communities().find(viewer(pat), series.getId())).isPresent(), "facilitates it");
        assertTrue(practice(p -> p.communities().find(viewer(omar), series.getId())).isEmpty(), "neither");
        assertEquals("practice.series.notFound", assertThrows(InputRejected.class, () -> practice(p -> p.practiceSchedule()
                .add(viewer(omar), series.getId(), meeting(LocalDate.of(2027, 1, 5))))).messageKey());
        assertEquals(1L, (long) practice(p -> p.communities().count(viewer(renee), cohort.id())));
        assertEquals(0L, (long) practice(p -> p.communities().count(viewer(omar), cohort.id())));
        assertEquals(1L, (long) practice(p -> p.communities().count(ADMIN, cohort.id())));
        assertEquals("practice.cohort.required", assertThrows(InputRejected.class,
                () -> practice(p -> p.communities().start(viewer(omar), cohort.id(), "Mine", omar.getId()))).messageKey(),
                "faculty start series only in cohorts they teach");
        assertEquals("practice.facilitator.required", assertThrows(InputRejected.class,
                () -> practice(p -> p.communities().start(ADMIN, cohort.id(), "Led by a trainee", cohort.ana().getId()))).messageKey());
        assertTrue(practice(p -> p.communities().cohorts(viewer(omar))).stream().noneMatch(c -> c.getId() == cohort.id()));
    }

    @Test
    void theMeetingsListedAreThoseOfTheSeriesTheViewerRunsLatestFirstAPageAtATime() {
        Cohort cohort = cohort();
        long seriesId = series(cohort);
        practice(p -> p.practiceSchedule().scheduleMonthly(viewer(renee), seriesId, meeting(LocalDate.of(2027, 1, 31))));
        Cohort other = cohort();
        long elsewhere = practice(p -> p.communities().start(ADMIN, other.id(), "Elsewhere", omar.getId())).getId();
        PracticeMeeting omars = practice(p -> p.practiceSchedule().add(ADMIN, elsewhere, meeting(LocalDate.of(2027, 2, 2))));

        List<MeetingSummary> page = practice(p -> p.practiceSchedule().search(viewer(renee), cohort.id(), 0, 2));
        assertEquals(List.of(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 5, 31)),
                page.stream().map(m -> m.startsAtPacific().toLocalDate()).toList());
        assertEquals("First rene", page.get(0).facilitator());
        assertEquals(6L, (long) practice(p -> p.practiceSchedule().count(viewer(renee), cohort.id())));
        assertEquals(List.of(omars.getId()), practice(p -> p.practiceSchedule().search(viewer(omar), other.id(), 0, 50))
                .stream().map(MeetingSummary::id).toList(), "the series he facilitates");
        assertEquals(0L, (long) practice(p -> p.practiceSchedule().count(viewer(omar), cohort.id())), "not Renée's");
        assertEquals(7L, (long) practice(p -> p.practiceSchedule().count(ADMIN, cohort.id())
                + p.practiceSchedule().count(ADMIN, other.id())));
        assertTrue(practice(p -> p.practiceSchedule().find(viewer(omar), page.get(0).id())).isEmpty());
        assertTrue(practice(p -> p.practiceSchedule().find(viewer(renee), page.get(0).id())).isPresent());
    }

    @Test
    void sixMonthlyMeetingsStayAtTheSameCaliforniaTimeAcrossDaylightSaving() {
        Cohort cohort = cohort();
        long seriesId = series(cohort);
        List<PracticeMeeting> meetings = practice(p -> p.practiceSchedule().scheduleMonthly(viewer(renee), seriesId,
                meeting(LocalDate.of(2027, 1, 31))));
        assertEquals(6, meetings.size());
        List<PracticeMeeting> stored = practice(p -> p.practiceSchedule().meetings(viewer(renee), seriesId));
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30)),
                stored.stream().map(m -> m.getSlot().getStartsAtPacific().toLocalDate()).toList());
        assertTrue(stored.stream().allMatch(m -> m.getSlot().getStartsAtPacific().toLocalTime().equals(EVENING)));
        assertEquals(LocalDateTime.of(2027, 2, 1, 1, 30), stored.get(0).getSlot().getStartsAt(), "UTC in winter");
        assertEquals(LocalDateTime.of(2027, 4, 1, 0, 30), stored.get(2).getSlot().getStartsAt(), "UTC in summer");
        assertEquals("minutes", assertThrows(InputRejected.class, () -> practice(p -> p.practiceSchedule().add(viewer(renee), seriesId,
                new MeetingDetails(new MeetingTime(LocalDate.of(2027, 7, 1), EVENING, 1441), null, null)))).field());
    }

    @Test
    void attendanceIsTakenOnlyForTheCohortsTraineesAndOnlyOnceAMeetingHasStarted() {
        Cohort cohort = cohort();
        Cohort other = cohort();
        long seriesId = series(cohort);
        long held = practice(p -> p.practiceSchedule().add(viewer(renee), seriesId, meeting(LocalDate.of(2027, 3, 18)))).getId();
        long todayLater = practice(p -> p.practiceSchedule().add(viewer(renee), seriesId,
                new MeetingDetails(new MeetingTime(LocalDate.of(2027, 3, 20), LocalTime.of(13, 1), 60), null,
                        null))).getId();
        assertEquals("practice.attendance.future", assertThrows(InputRejected.class, () -> take(todayLater,
                Map.of(cohort.ana().getId(), Attendance.PRESENT))).messageKey(), "a meeting a minute away has not started");

        long began = practice(p -> p.practiceSchedule().add(viewer(renee), seriesId,
                new MeetingDetails(new MeetingTime(LocalDate.of(2027, 3, 20), LocalTime.of(13, 0), 60), null,
                        null))).getId();
        take(began, Map.of(cohort.ana().getId(), Attendance.PRESENT));
        for (Account outsider : List.of(other.ana(), cohort.applicant(), cohort.withdrawn(), renee)) {
            assertEquals("practice.attendance.notMember", assertThrows(InputRejected.class,
                    () -> take(held, Map.of(cohort.ana().getId(), Attendance.PRESENT, outsider.getId(), Attendance.PRESENT)))
                    .messageKey(), outsider.getEmail());
        }
        assertEquals(Map.of(), practice(p -> p.practiceRegister().attendanceAt(viewer(renee), held)), "a refused grid records nobody");

        take(held, Map.of(cohort.ana().getId(), Attendance.PRESENT, cohort.ben().getId(), Attendance.EXCUSED));
        Map<Long, Attendance> back = new HashMap<>();
        back.put(cohort.ana().getId(), Attendance.ABSENT);
        back.put(cohort.ben().getId(), null);
        take(held, back);
        assertEquals(Map.of(cohort.ana().getId(), Attendance.ABSENT), practice(p -> p.practiceRegister().attendanceAt(viewer(renee), held)),
                "changed, and back to not yet taken");
        assertEquals(List.of(cohort.ana().getId(), cohort.ben().getId()),
                practice(p -> p.practiceRegister().members(viewer(renee), seriesId)).stream().map(Account::getId).toList());

        long stale = version(held) - 1;
        assertThrows(RecordChangedMeanwhile.class, () -> practice(p -> p.practiceSchedule().change(viewer(renee), held, stale,
                meeting(LocalDate.of(2027, 4, 2)))), "a version older than the stored one");
        assertEquals("practice.meeting.attended", assertThrows(InputRejected.class, () -> practice(p -> p.practiceSchedule().change(
                viewer(renee), held, version(held), meeting(LocalDate.of(2027, 4, 2))))).messageKey());
        practice(p -> {
            p.practiceSchedule().remove(viewer(renee), held);
            return null;
        });
        assertTrue(practice(p -> p.practiceSchedule().meetings(viewer(renee), seriesId)).stream().noneMatch(m -> m.getId() == held));
    }

    @Test
    void eachMeetingThatBeganGivesEveryTraineeOfItsGroupACredit() {
        Cohort cohort = cohort();
        long english = series(cohort);
        long spanish = series(cohort);
        long newGroup = series(cohort);
        List<PracticeMeeting> meetings = practice(p -> p.practiceSchedule().scheduleMonthly(viewer(renee), english,
                meeting(LocalDate.of(2027, 1, 31))));
        long spanishHeld = practice(p -> p.practiceSchedule().add(viewer(renee), spanish, meeting(LocalDate.of(2027, 2, 10)))).getId();
        take(meetings.get(0).getId(), Map.of(cohort.ana().getId(), Attendance.PRESENT, cohort.ben().getId(), Attendance.ABSENT));
        take(meetings.get(1).getId(), Map.of(cohort.ana().getId(), Attendance.PRESENT, cohort.ben().getId(), Attendance.EXCUSED));
        take(spanishHeld, Map.of(cohort.ben().getId(), Attendance.PRESENT));
        practice(p -> p.practiceSchedule().add(viewer(renee), newGroup, meeting(LocalDate.of(2027, 2, 20))));

        List<Credit> credits = practice(p -> p.practiceCredits().creditsIn(cohort.id()));
        assertTrue(credits.stream().allMatch(c -> c.kind() == CreditKind.COP_MEETINGS && c.amount() == 1));
        assertEquals(7, credits.size(), "four meetings began; the Spanish group is Ben alone, the new group's members"
                + " are not known until its first attendance; none still to come");
        long ana = cohort.ana().getId();
        long ben = cohort.ben().getId();
        assertEquals(Set.of(
                new Credit(ana, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, LocalDate.of(2027, 1, 31)),
                new Credit(ben, CreditKind.COP_MEETINGS, 1, CreditState.NOT_EARNED, LocalDate.of(2027, 1, 31)),
                new Credit(ana, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, LocalDate.of(2027, 2, 28)),
                new Credit(ben, CreditKind.COP_MEETINGS, 1, CreditState.NOT_EARNED, LocalDate.of(2027, 2, 28)),
                new Credit(ben, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, LocalDate.of(2027, 2, 10)),
                new Credit(ana, CreditKind.COP_MEETINGS, 1, CreditState.PENDING, LocalDate.of(2027, 2, 20)),
                new Credit(ben, CreditKind.COP_MEETINGS, 1, CreditState.PENDING, LocalDate.of(2027, 2, 20))), Set.copyOf(credits),
                "dated by the California day of the meeting, though 17:30 on January 31 is February 1 in UTC");
        assertEquals(List.of(), practice(p -> p.practiceCredits().creditsIn(cohort().id())), "another cohort's records stay out");

        enrollmentEnds(cohort, cohort.ana(), EnrollmentStatus.COMPLETED);
        assertEquals(7, practice(p -> p.practiceCredits().creditsIn(cohort.id())).size(), "a completed trainee keeps their credits");
    }

    @Test
    void meetingsAreOnTheFacilitatorsAndTheCohortTraineesCalendarsInTheirLanguage() {
        Cohort cohort = cohort();
        long seriesId = practice(p -> p.communities().start(ADMIN, cohort.id(), "Círculo", pat.getId())).getId();
        List<PracticeMeeting> meetings = practice(p -> p.practiceSchedule().scheduleMonthly(viewer(pat), seriesId,
                meeting(LocalDate.of(2027, 1, 31))));

        List<CalendarEntry> anas = practice(p -> p.personalCalendar().entries(cohort.ana().getId(), Locale.forLanguageTag("es"),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
        assertEquals(List.of(CalendarEntry.timed("practice-meeting-" + meetings.get(1).getId(), CalendarKind.PRACTICE, "Comunidad de Práctica: Círculo",
                        LocalDateTime.of(2027, 2, 28, 17, 30), 90, "/community/mine.xhtml"),
                CalendarEntry.timed("practice-meeting-" + meetings.get(2).getId(), CalendarKind.PRACTICE, "Comunidad de Práctica: Círculo",
                        LocalDateTime.of(2027, 3, 31, 17, 30), 90, "/community/mine.xhtml")), anas,
                "the days asked for in California: January 31 at 17:30 is February 1 in UTC but stays out");

        List<CalendarEntry> pats = practice(p -> p.personalCalendar().entries(pat.getId(), Locale.ENGLISH,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        assertEquals(6, pats.size());
        assertEquals("Community of Practice: Círculo", pats.get(0).title());
        assertEquals("/community/series.xhtml?id=" + seriesId, pats.get(0).page());

        assertEquals(List.of(), practice(p -> p.personalCalendar().entries(cohort.applicant().getId(), Locale.ENGLISH,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))), "an applicant is not in the cohort yet");
        assertEquals(List.of(), practice(p -> p.personalCalendar().entries(omar.getId(), Locale.ENGLISH,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))));
    }

    @Test
    void aTraineeReadsTheirOwnAttendanceAtTheirCohortsMeetings() {
        Cohort cohort = cohort();
        long seriesId = series(cohort);
        List<PracticeMeeting> meetings = practice(p -> p.practiceSchedule().scheduleMonthly(viewer(renee), seriesId,
                meeting(LocalDate.of(2027, 1, 10))));
        take(meetings.get(0).getId(), Map.of(cohort.ana().getId(), Attendance.PRESENT, cohort.ben().getId(), Attendance.PRESENT));
        take(meetings.get(1).getId(), Map.of(cohort.ana().getId(), Attendance.EXCUSED));

        List<TraineeMeeting> anas = practice(p -> p.practiceRegister().meetingsOf(viewer(cohort.ana())));
        assertEquals(6, anas.size());
        assertEquals(Attendance.PRESENT, anas.get(0).getAttendance());
        assertEquals(Attendance.EXCUSED, anas.get(1).getAttendance());
        assertEquals(1L, anas.stream().filter(TraineeMeeting::attended).count());
        assertEquals(List.of(), practice(p -> p.practiceRegister().meetingsOf(viewer(cohort.applicant()))));
    }

    @Test
    void membersHearOnTheDayBeforeOfTomorrowsMeetingAndNobodyElse() {
        Cohort cohort = cohort();
        Account rita = person("rita.cop@example.org", Role.FACULTY);
        PracticeSeries series = practice(p -> p.communities().start(ADMIN, cohort.id(), "Reminded circle", rita.getId()));
        practice(p -> p.practiceSchedule().add(ADMIN, series.getId(), meeting(LocalDate.of(2027, 3, 21))));
        practice(p -> p.practiceSchedule().add(ADMIN, series.getId(), meeting(LocalDate.of(2027, 3, 23))));

        practice(p -> p.meetingReminders().remind(LocalDate.of(2027, 3, 20).atStartOfDay(PacificTime.ZONE)));

        for (Account member : List.of(cohort.ana(), cohort.ben())) {
            assertEquals(List.of("The Community of Practice \"Reminded circle\" meets tomorrow, 2027-03-21 17:30 PT."),
                    practice(p -> p.notifications().page(member.getEmail(), 0, 10)).rows().stream()
                            .map(n -> n.text(Locale.ENGLISH)).toList(), member.getEmail());
        }
        for (Account outsider : List.of(cohort.applicant(), cohort.withdrawn())) {
            assertEquals(0L, practice(p -> p.notifications().page(outsider.getEmail(), 0, 10)).total(), outsider.getEmail());
        }
    }

    private static Cohort cohort() {
        int n = ++cohorts;
        return db.inTransaction((EntityManager em) -> {
            Services services = Services.on(em, CLOCK);
            long id = services.cohorts().create(new CohortDetails("CoP cohort " + n, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
                    InstructionLanguage.BILINGUAL, 20), CohortStatus.ACTIVE,
                    new CompletionRequirements(BigDecimal.ZERO, 6, BigDecimal.ZERO, false), Set.of(renee.getId())).getId();
            Enrollments enrollments = services.enrollments();
            Function<String, Account> enrol = who -> enrollments.enrol(id, who + n + "@cop.example.org", "Trainee",
                    who + n, Language.EN, who.equals("applicant") ? EnrollmentStatus.APPLIED : EnrollmentStatus.ENROLLED).getTrainee();
            Account ana = enrol.apply("ana");
            Account ben = enrol.apply("ben");
            Account applicant = enrol.apply("applicant");
            Account withdrawn = enrol.apply("withdrawn");
            long withdrawal = enrollments.search(id, withdrawn.getEmail(), 0, 1).get(0).getId();
            enrollments.withdraw(withdrawal, LocalDate.now(CLOCK), "Moved away");
            return new Cohort(id, ana, ben, applicant, withdrawn);
        });
    }

    private static void enrollmentEnds(Cohort cohort, Account trainee, EnrollmentStatus outcome) {
        practice(p -> {
            p.enrollments().end(p.enrollments().search(cohort.id(), trainee.getEmail(), 0, 1).get(0).getId(), outcome, null);
            return null;
        });
    }

    private static long series(Cohort cohort) {
        return practice(p -> p.communities().start(viewer(renee), cohort.id(), "Circle", renee.getId())).getId();
    }

    private static void take(long meetingId, Map<Long, Attendance> byTrainee) {
        practice(p -> {
            p.practiceRegister().take(viewer(renee), meetingId, byTrainee);
            return null;
        });
    }

    private static long version(long meetingId) {
        return db.inTransaction((EntityManager em) -> em.find(PracticeMeeting.class, meetingId).getVersion());
    }

    private static MeetingDetails meeting(LocalDate date) {
        return new MeetingDetails(new MeetingTime(date, EVENING, MeetingDetails.USUAL_MINUTES), null, null);
    }

    private static Viewer viewer(Account account) {
        return new Viewer(account.getEmail(), false);
    }

    private static Account person(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First", email.substring(0, 4), Language.EN,
                EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T practice(Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }
}
