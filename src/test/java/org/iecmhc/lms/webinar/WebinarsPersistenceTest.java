package org.iecmhc.lms.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.offering.OfferingFormat;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.offering.ParticipantRole;
import org.iecmhc.lms.offering.RegistrantDetails;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.OutboxMail;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The webinar rules against MariaDB: who leads and who may edit, the recording link only once it has begun, the
 * registrants' attendance, and the survey link each attendee is mailed once.
 */
class WebinarsPersistenceTest {

    private static final Pattern CONFIRM = Pattern.compile("/offerings/confirm\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern SURVEY = Pattern.compile("/survey/answer\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Viewer ADMIN = new Viewer("admin@webinar.example.org", true);
    private static final Viewer ROSA = new Viewer("rosa@webinar.example.org", false);
    private static final Viewer LUIS = new Viewer("luis@webinar.example.org", false);
    private static final LocalDate ON = LocalDate.of(2026, 3, 10);

    private static TestDatabase db;
    private static Account admin;

    /** 2026-03-02 09:10 in California. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:10:00Z"));

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        admin = account("admin@webinar.example.org", "Ada", EnumSet.of(Role.ADMINISTRATOR));
        account("rosa@webinar.example.org", "Rosa", EnumSet.of(Role.CONSULTANT));
        account("luis@webinar.example.org", "Luis", EnumSet.of(Role.CONSULTANT));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aConsultantLeadsTheirOwnAnAdministratorMayNameAnAdministratorAndBadInputIsRefusedAtItsField() {
        Webinar rosas = services(s -> s.webinars().schedule(ROSA, details("Biting", null)));
        assertEquals("rosa@webinar.example.org", rosas.getFacilitator().getEmail());
        assertTrue(services(s -> s.webinars().find(LUIS, rosas.getId())).isEmpty(), "another consultant's is not found");
        assertRejected("title", "webinar.notFound", () -> services(s -> s.webinars().change(LUIS, rosas.getId(),
                rosas.getVersion(), details("Mine now", null))));

        Webinar led = services(s -> s.webinars().schedule(ADMIN, details("Sleep", admin.getId())));
        assertEquals(admin.getId(), led.getFacilitator().getId(), "an administrator may lead one");
        assertRejected("facilitator", "webinar.facilitator.required",
                () -> services(s -> s.webinars().schedule(ADMIN, details("Nobody", null))));
        assertRejected("title", "webinar.title.required", () -> services(s -> s.webinars().schedule(ROSA,
                new WebinarDetails(" ", "Topic", ServiceLanguage.EN, null, time()))));
        assertRejected("topic", "webinar.topic.tooLong", () -> services(s -> s.webinars().schedule(ROSA,
                new WebinarDetails("Title", "t".repeat(WebinarLimits.TOPIC + 1), ServiceLanguage.EN, null, time()))));
        assertRejected("time", "offering.time.required", () -> services(s -> s.webinars().schedule(ROSA,
                new WebinarDetails("Title", "Topic", ServiceLanguage.EN, null, new MeetingTime(ON, null, 60)))));

        Webinar changed = services(s -> s.webinars().change(ROSA, rosas.getId(), rosas.getVersion(),
                new WebinarDetails("Biting at two", "Behavior", ServiceLanguage.ES, null,
                        new MeetingTime(ON.plusDays(1), LocalTime.of(10, 0), 90))));
        assertEquals("Biting at two", changed.getTitle());
        assertEquals(90, changed.getSlot().getMinutes());
    }

    @Test
    void theRecordingLinkIsSetOnlyOnceTheWebinarHasBegunAndThenShowsOnItsPublicPage() {
        Webinar webinar = offered("Routines", 10);
        assertRejected("recordingLink", "webinar.recording.notYet",
                () -> services(s -> s.webinars().record(ROSA, webinar.getId(), "https://video.example.org/routines")));
        clock.advance(Duration.ofDays(9));
        assertRejected("recordingLink", "webinar.recording.invalid",
                () -> services(s -> s.webinars().record(ROSA, webinar.getId(), "not a link")));
        assertTrue(services(s -> s.offerings().recordedAt("webinar-" + webinar.getId())).isEmpty(), "none yet");
        services(s -> s.webinars().record(ROSA, webinar.getId(), " https://video.example.org/routines "));
        assertEquals("https://video.example.org/routines", services(s -> s.offerings()
                .recordedAt("webinar-" + webinar.getId())).orElseThrow().recordingLink());
        assertTrue(services(s -> s.offerings().openAt("webinar-" + webinar.getId())).isEmpty(), "no longer open");
    }

    @Test
    void registrantsWhoAttendedAreMailedTheSurveyLinkOnceAndTheirAnswerIsKept() {
        Webinar webinar = offered("Transitions", 10);
        assertTrue(services(s -> s.offerings().open()).stream()
                .anyMatch(o -> o.offering().key().equals("webinar-" + webinar.getId())), "on the public list");
        register(webinar, "eva@webinar-family.example.org", Language.ES);
        confirm("eva@webinar-family.example.org");
        register(webinar, "ben@webinar-family.example.org", Language.EN);
        List<Registration> registrants = services(s -> s.registrations().forStaff(ROSA, "webinar", webinar.getId()));
        long eva = idOf(registrants, "eva@webinar-family.example.org");
        long ben = idOf(registrants, "ben@webinar-family.example.org");

        assertRejected("registration", "webinar.attendance.future",
                () -> services(s -> s.webinars().attend(ROSA, webinar.getId(), eva)));
        clock.advance(Duration.ofDays(8).plusHours(9));
        assertRejected("registration", "webinar.attendance.chooseRegistrant",
                () -> services(s -> s.webinars().attend(ROSA, webinar.getId(), ben)));
        assertRejected("title", "webinar.notFound", () -> services(s -> s.webinars().attend(LUIS, webinar.getId(), eva)));
        assertEquals(List.of(eva), services(s -> s.webinars().toMark(ROSA, webinar.getId())).stream()
                .map(Registration::getId).toList(), "only a confirmed address may be marked");
        services(s -> s.webinars().attend(ROSA, webinar.getId(), eva));
        assertTrue(services(s -> s.webinars().toMark(ROSA, webinar.getId())).isEmpty(), "not twice");
        assertRejected("registration", "webinar.attendance.twice",
                () -> services(s -> s.webinars().attend(ROSA, webinar.getId(), eva)));
        assertEquals(1, surveyMailsTo("eva@webinar-family.example.org"), "one link, in the registrant's language");
        assertEquals("¿Cómo estuvo el seminario web? Transitions", lastSubject("eva@webinar-family.example.org"));

        assertRejected("date", "webinar.when.attended", () -> services(s -> s.webinars().change(ROSA, webinar.getId(),
                webinar.getVersion(), new WebinarDetails("Transitions", "Behavior", ServiceLanguage.EN, null,
                        new MeetingTime(ON.plusDays(7), LocalTime.of(18, 0), 60)))));

        String token = linkIn("eva@webinar-family.example.org", SURVEY);
        services(s -> {
            s.surveyLinks().answer(token, new SurveyAnswer(true, "Muy útil", true, false));
            return null;
        });
        WebinarAttendance attended = services(s -> s.webinars().attendance(ROSA, webinar.getId())).get(0);
        assertEquals(Boolean.TRUE, attended.getSurvey().rating());
        assertEquals("Muy útil", attended.getSurvey().comments());
        List<String> held = List.of("Transitions", "en", "rosa@webinar.example.org", "2026-03-10", "18:00", "60",
                "Pat Doe");
        assertEquals(List.of(concat(held, "eva@webinar-family.example.org", "Little Steps", "confirmed", "yes", "yes"),
                        concat(held, "ben@webinar-family.example.org", "Little Steps", "awaiting_confirmation", "no", "")),
                WebinarAttendanceExportServlet.lines(webinar,
                        services(s -> s.registrations().forStaff(ROSA, "webinar", webinar.getId())),
                        services(s -> s.webinars().attendance(ROSA, webinar.getId()))),
                "the export: every registrant, whether they attended and their answer, never their comments");

        services(s -> {
            s.webinars().removeAttendance(ROSA, attended.getId());
            return null;
        });
        assertTrue(services(s -> s.webinars().attendance(ROSA, webinar.getId())).isEmpty());
        assertNull(services(s -> s.webinars().find(ROSA, webinar.getId())).orElseThrow().getRecordingLink());
    }

    private Webinar offered(String title, int seats) {
        Webinar webinar = services(s -> s.webinars().schedule(ROSA, details(title, null)));
        return services(s -> s.webinars().offer(ROSA, webinar.getId(),
                new OfferingTerms(seats, OfferingFormat.ONLINE, "https://meet.example.org/webinar")));
    }

    private static WebinarDetails details(String title, Long facilitatorId) {
        return new WebinarDetails(title, "Behavior", ServiceLanguage.EN, facilitatorId, time());
    }

    private static MeetingTime time() {
        return new MeetingTime(ON, LocalTime.of(18, 0), 60);
    }

    private void register(Webinar webinar, String email, Language language) {
        services(s -> {
            s.registrations().register("webinar-" + webinar.getId(), new RegistrantDetails("Pat Doe", email,
                    "Little Steps", "06037", ParticipantRole.TEACHER, language, ""));
            return null;
        });
    }

    private void confirm(String email) {
        String token = linkIn(email, CONFIRM);
        services(s -> s.registrations().confirm(token)).orElseThrow();
    }

    private static List<String> concat(List<String> start, String... rest) {
        return Stream.concat(start.stream(), Stream.of(rest)).toList();
    }

    private static long idOf(List<Registration> registrants, String email) {
        return registrants.stream().filter(r -> r.getEmail().equals(email)).findFirst().orElseThrow().getId();
    }

    private static void assertRejected(String field, String key, Executable action) {
        InputRejected rejected = assertThrows(InputRejected.class, action);
        assertEquals(key, rejected.messageKey());
        assertEquals(field, rejected.field());
    }

    private String linkIn(String email, Pattern link) {
        return OutboxMail.linkIn(db, email, link);
    }

    private String lastSubject(String email) {
        return OutboxMail.lastSubject(db, email);
    }

    private int surveyMailsTo(String email) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from survey_link where email = ?1"
                + " and survey_kind = 'webinar'").setParameter(1, email).getSingleResult()).intValue());
    }

    private static Account account(String email, String firstName, EnumSet<Role> roles) {
        return db.inTransaction(em -> Services.on(em, Clock.systemUTC()).accounts().create(new AccountDetails(email,
                firstName, "Tester", Language.EN, roles), "long enough password", false));
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock)));
    }
}
