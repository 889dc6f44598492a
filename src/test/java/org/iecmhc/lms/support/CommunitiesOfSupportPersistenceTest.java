package org.iecmhc.lms.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.NewProvider;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Community of Support series against MariaDB: who sees what, the default schedule, enrollment, attendance and survey. */
class CommunitiesOfSupportPersistenceTest {

    /** 2025-03-20 13:00 in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final LocalTime TEN_AM = LocalTime.of(10, 0);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static TestDatabase db;
    private static Account rosa;
    private static Account luis;
    private static Viewer rosaViewer;
    private static Provider casita;
    private static Provider sunshine;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        rosa = consultant("rosa.support@example.org");
        luis = consultant("luis.support@example.org");
        rosaViewer = new Viewer(rosa.getEmail(), false);
        casita = provider("Casita", ServiceLanguage.ES);
        sunshine = provider("Sunshine Center", ServiceLanguage.EN);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aConsultantSeesOnlyTheSeriesTheyFacilitateAndAdministratorsSeeAll() {
        SupportSeries rosas = support(c -> c.start(ADMIN, new SeriesDetails("Cuidando a quien cuida", ServiceLanguage.ES, rosa.getId(), LocalDate.of(2025, 1, 8))));
        SupportSeries luiss = support(c -> c.start(ADMIN, new SeriesDetails("Toddlers together", ServiceLanguage.EN, luis.getId(), LocalDate.of(2025, 2, 5))));
        assertTrue(support(c -> c.search(rosaViewer, null, 0, 50)).stream().allMatch(s -> s.getFacilitator().getId().equals(rosa.getId())));
        assertTrue(support(c -> c.find(rosaViewer, luiss.getId())).isEmpty(), "another consultant's series stays hidden");
        assertTrue(support(c -> c.find(rosaViewer, rosas.getId())).isPresent());
        assertTrue(support(c -> c.find(ADMIN, luiss.getId())).isPresent());
        assertEquals("support.series.notFound", assertThrows(InputRejected.class,
                () -> support(c -> c.enrol(rosaViewer, luiss.getId(), casita.getId()))).messageKey());
        assertEquals(0L, (long) support(c -> c.count(new Viewer(luis.getEmail(), false), ServiceLanguage.ES)));
        assertTrue(support(c -> c.count(ADMIN, null)) >= 2);
    }

    @Test
    void aNewSeriesHasSixMonthlyNinetyMinuteSessionsEachEditable() {
        SupportSeries series = support(c -> c.start(ADMIN, new SeriesDetails("Calm classrooms", ServiceLanguage.EN, rosa.getId(), LocalDate.of(2025, 1, 31))));
        List<SupportSession> sessions = support(c -> c.sessions(rosaViewer, series.getId()));
        assertEquals(6, sessions.size());
        assertTrue(sessions.stream().allMatch(s -> s.getSlot().getMinutes() == 90));
        assertEquals(LocalDateTime.of(2025, 1, 31, 18, 30), sessions.get(0).getSlot().getStartsAtPacific());
        assertEquals(LocalDate.of(2025, 2, 28), sessions.get(1).getSlot().getStartsAtPacific().toLocalDate(), "month ends are kept");
        assertEquals(LocalDate.of(2025, 6, 30), sessions.get(5).getSlot().getStartsAtPacific().toLocalDate());

        SupportSession first = sessions.get(0);
        SupportSession moved = support(c -> c.reschedule(rosaViewer, first.getId(), first.getVersion(),
                new MeetingTime(LocalDate.of(2025, 1, 30), TEN_AM, 120)));
        assertEquals(LocalDateTime.of(2025, 1, 30, 18, 0), moved.getSlot().getStartsAt(), "stored in UTC");
        assertEquals(120, moved.getSlot().getMinutes());
        assertThrows(RecordChangedMeanwhile.class, () -> support(c -> c.reschedule(rosaViewer,
                first.getId(), first.getVersion(), new MeetingTime(LocalDate.of(2025, 1, 29), TEN_AM, 60))),
                "a save made from the old version is refused");
        assertThrows(RecordChangedMeanwhile.class, () -> support(c -> c.change(rosaViewer,
                series.getId(), series.getVersion() + 1, new SeriesDetails("Calmer classrooms", ServiceLanguage.EN, null, null))));
    }

    @Test
    void aSessionIsAMeetingTimeOfUpToADayWithEachMistakeAtItsField() {
        SupportSeries series = support(c -> c.start(ADMIN, new SeriesDetails("Long days", ServiceLanguage.EN, rosa.getId(), LocalDate.of(2025, 4, 2))));
        SupportSession first = support(c -> c.sessions(rosaViewer, series.getId())).get(0);
        LocalDate day = LocalDate.of(2025, 4, 3);
        assertRefused("minutes", "support.minutes.range", first, new MeetingTime(day, TEN_AM, MeetingTime.MAX_MINUTES + 1));
        assertRefused("minutes", "support.minutes.range", first, new MeetingTime(day, TEN_AM, 0));
        assertRefused("minutes", "support.minutes.range", first, new MeetingTime(day, TEN_AM, null));
        assertRefused("date", "support.session.date.required", first, new MeetingTime(null, TEN_AM, 90));
        assertRefused("time", "support.session.time.required", first, new MeetingTime(day, null, 90));

        SupportSession allDay = support(c -> c.reschedule(rosaViewer, first.getId(), first.getVersion(),
                new MeetingTime(day, TEN_AM, MeetingTime.MAX_MINUTES)));
        assertEquals(1440, allDay.getSlot().getMinutes(), "a whole day, as supervision and Communities of Practice allow");
        assertEquals(new MeetingTime(day, TEN_AM, 1440), allDay.getSlot().meetingTime());
    }

    private static void assertRefused(String field, String messageKey, SupportSession session, MeetingTime when) {
        InputRejected refused = assertThrows(InputRejected.class, () -> support(c -> c.reschedule(rosaViewer,
                session.getId(), session.getVersion(), when)));
        assertEquals(field, refused.field());
        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void aConsultantFacilitatesWhatTheyStartAndAProviderOrSessionMustBeChosen() {
        SupportSeries mine = support(c -> c.start(rosaViewer,
                new SeriesDetails("Mine", ServiceLanguage.ES, luis.getId(), LocalDate.of(2025, 1, 10))));
        assertEquals(rosa.getId(), mine.getFacilitator().getId(), "whoever the form names");
        assertEquals("support.facilitator.required", assertThrows(InputRejected.class, () -> support(c -> c.start(ADMIN,
                new SeriesDetails("Nobody's", ServiceLanguage.ES, null, LocalDate.of(2025, 1, 10))))).messageKey());
        assertEquals("support.enrollment.chooseProvider", assertThrows(InputRejected.class,
                () -> support(c -> c.enrol(rosaViewer, mine.getId(), null))).messageKey());
        assertEquals("support.attendance.chooseSession", assertThrows(InputRejected.class,
                () -> support(c -> { c.takeAttendance(rosaViewer, null, Set.of()); return null; })).messageKey());
    }

    @Test
    void aProviderIsEnrolledOnceJoinsTheRegistryOnTheSpotAndLeavesWithTheirAttendance() {
        SupportSeries series = support(c -> c.start(ADMIN, new SeriesDetails("Juntas", ServiceLanguage.ES, rosa.getId(), LocalDate.of(2025, 1, 15))));
        support(c -> c.enrol(rosaViewer, series.getId(), casita.getId()));
        assertEquals("support.enrollment.twice", assertThrows(InputRejected.class,
                () -> support(c -> c.enrol(rosaViewer, series.getId(), casita.getId()))).messageKey());
        SupportEnrollment lupe = support(c -> c.enrolNewProvider(rosaViewer, series.getId(),
                new NewProvider("Tía Lupe", ProviderKind.FFN_CAREGIVER, "Fresno")));
        assertEquals(List.of("Casita", "Tía Lupe"), support(c -> c.enrollments(rosaViewer, series.getId())).stream()
                .map(e -> e.getProvider().getName()).toList());
        assertEquals(Set.of(ServiceLanguage.ES), lupe.getProvider().getLanguages(), "speaking the series' language");

        SupportEnrollment casitas = support(c -> c.enrollments(rosaViewer, series.getId())).get(0);
        long january = support(c -> c.sessions(rosaViewer, series.getId())).get(0).getId();
        support(c -> { c.takeAttendance(rosaViewer, january, Set.of(casitas.getId())); return null; });
        support(c -> { c.unenrol(rosaViewer, casitas.getId()); return null; });
        assertEquals(List.of("Tía Lupe"), support(c -> c.enrollments(rosaViewer, series.getId())).stream()
                .map(e -> e.getProvider().getName()).toList(), "removed from the series");
        assertTrue(support(c -> c.presentEnrollmentIds(rosaViewer, january)).isEmpty(), "with their attendance");
    }

    @Test
    void attendanceIsTakenOnlyForEnrolledProvidersAtSessionsThatHaveTakenPlace() {
        SupportSeries series = support(c -> c.start(ADMIN, new SeriesDetails("Spring group", ServiceLanguage.EN, rosa.getId(), LocalDate.of(2025, 2, 12))));
        SupportSeries other = support(c -> c.start(ADMIN, new SeriesDetails("Other group", ServiceLanguage.EN, rosa.getId(), LocalDate.of(2025, 2, 12))));
        SupportEnrollment enrolled = support(c -> c.enrol(rosaViewer, series.getId(), sunshine.getId()));
        SupportEnrollment elsewhere = support(c -> c.enrol(rosaViewer, other.getId(), casita.getId()));
        List<SupportSession> sessions = support(c -> c.sessions(rosaViewer, series.getId()));
        long february = sessions.get(0).getId();
        long april = sessions.get(2).getId();

        support(c -> { c.takeAttendance(rosaViewer, february, Set.of(enrolled.getId())); return null; });
        assertEquals(Set.of(enrolled.getId()), support(c -> c.presentEnrollmentIds(rosaViewer, february)));
        assertEquals("support.attendance.notEnrolled", assertThrows(InputRejected.class, () -> support(c -> {
            c.takeAttendance(rosaViewer, february, Set.of(enrolled.getId(), elsewhere.getId())); return null; })).messageKey());
        assertEquals("support.attendance.future", assertThrows(InputRejected.class, () -> support(c -> {
            c.takeAttendance(rosaViewer, april, Set.of(enrolled.getId())); return null; })).messageKey());
        SupportSession attended = sessions.get(0);
        assertEquals("support.startsAt.attended", assertThrows(InputRejected.class, () -> support(c -> c.reschedule(rosaViewer,
                february, attended.getVersion(), new MeetingTime(LocalDate.of(2025, 5, 1), LocalTime.of(18, 30), 90))))
                .messageKey());

        support(c -> { c.takeAttendance(rosaViewer, february, Set.of()); return null; });
        assertTrue(support(c -> c.presentEnrollmentIds(rosaViewer, february)).isEmpty(), "an unticked box removes the attendance");
    }

    @Test
    void theFinalSurveyIsQuotableOnlyWithConsent() {
        SupportSeries series = support(c -> c.start(ADMIN, new SeriesDetails("Survey group", ServiceLanguage.ES, rosa.getId(), LocalDate.of(2024, 9, 4))));
        SupportEnrollment enrollment = support(c -> c.enrol(rosaViewer, series.getId(), casita.getId()));
        assertEquals("testimonial.consentRequired", assertThrows(InputRejected.class, () -> support(c -> c.answerSurvey(rosaViewer,
                enrollment.getId(), enrollment.getVersion(), new SurveyAnswer(true, "Me sentí acompañada", false, true)))).messageKey());
        assertEquals("support.comments.tooLong", assertThrows(InputRejected.class, () -> support(c -> c.answerSurvey(rosaViewer,
                enrollment.getId(), enrollment.getVersion(), new SurveyAnswer(true, "x".repeat(2001), false, false)))).messageKey());
        SupportEnrollment answered = support(c -> c.answerSurvey(rosaViewer, enrollment.getId(), enrollment.getVersion(),
                new SurveyAnswer(true, " Me sentí acompañada ", true, true)));
        assertThrows(RecordChangedMeanwhile.class, () -> support(c -> c.answerSurvey(rosaViewer,
                enrollment.getId(), enrollment.getVersion(), new SurveyAnswer(false, null, false, false))));
        SupportEnrollment stored = support(c -> c.enrollments(rosaViewer, series.getId())).get(0);
        assertEquals(Boolean.TRUE, stored.getSurvey().rating());
        assertEquals("Me sentí acompañada", stored.getSurvey().comments());
        assertTrue(stored.getSurvey().consentToQuote() && stored.getSurvey().quotable());
        assertEquals(answered.getVersion(), stored.getVersion());
        assertEquals("support.series.notFound", assertThrows(InputRejected.class, () -> support(c -> c.answerSurvey(
                new Viewer(luis.getEmail(), false), enrollment.getId(), stored.getVersion(), new SurveyAnswer(false, null, false, false))))
                .messageKey(), "another consultant cannot answer for Rosa's series");
    }

    private static Account consultant(String email) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email,
                "Con", "Sultant", Language.ES, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
    }

    private static Provider provider(String name, ServiceLanguage language) {
        return db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails(name,
                ProviderKind.CENTER_BASED, "06037", null, null, null, null, null, EnumSet.of(language))));
    }

    private static <T> T support(Function<CommunitiesOfSupport, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).support()));
    }
}
