package org.iecmhc.lms.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import jakarta.json.JsonObject;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.offering.OfferingFormat;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.offering.ParticipantRole;
import org.iecmhc.lms.offering.RegistrantDetails;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.OutboxMail;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.webinar.Webinar;
import org.iecmhc.lms.webinar.WebinarAttendance;
import org.iecmhc.lms.webinar.WebinarDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registrants without an account, known only by their e-mail address, against MariaDB: the export of everything held
 * about an address (registrations, attendance, survey answers, mails) and its erasure, which keeps every count.
 */
class RegistrantPrivacyPersistenceTest {

    private static final String LIA = "lia.registrant@family.example.org";
    private static final String BEN = "ben.registrant@family.example.org";
    private static final Pattern CONFIRM = Pattern.compile("/offerings/confirm\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern CANCEL = Pattern.compile("/offerings/cancel\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern SURVEY = Pattern.compile("/survey/answer\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Viewer ROSA = new Viewer("rosa@registrant.example.org", false);

    /** 2026-03-02 09:10 in California. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:10:00Z"));

    private TestDatabase db;
    private Webinar webinar;

    /** Lia and Ben register for a webinar, attend it and answer its survey through their own links. */
    @BeforeEach
    void twoRegistrantsWhoAttendedAndAnswered() {
        db = TestDatabase.migrated();
        db.inTransaction(em -> Services.on(em, Clock.systemUTC()).accounts().create(new AccountDetails(ROSA.email(),
                "Rosa", "Rivera", Language.ES, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
        Webinar scheduled = services(s -> s.webinars().schedule(ROSA, new WebinarDetails("Biting", "Behavior",
                ServiceLanguage.EN, null, new MeetingTime(LocalDate.of(2026, 3, 10), LocalTime.of(18, 0), 60))));
        webinar = services(s -> s.webinars().offer(ROSA, scheduled.getId(),
                new OfferingTerms(10, OfferingFormat.ONLINE, "https://meet.example.org/webinar")));
        register("Lia Quillfeather", LIA, "Quillfeather Family Care");
        register("Ben Other", BEN, "Other Center");
        clock.advance(Duration.ofDays(9));
        for (Registration registration : registrations()) {
            services(s -> s.webinars().attend(ROSA, webinar.getId(), registration.getId()));
        }
        answer(LIA, "The Quillfeather twins loved it");
        answer(BEN, "Ben's own words");
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theExportOfAnAddressHoldsItsRegistrationsAttendanceAnswersAndMailsAndNothingOfAnotherRegistrant() {
        JsonObject json = services(s -> s.privacy().exportRegistrant(" LIA.Registrant@family.example.org "));
        String text = json.toString();

        JsonObject registration = json.getJsonArray("offeringRegistrations").getJsonObject(0);
        assertEquals("Lia Quillfeather", registration.getString("name"));
        assertEquals("Quillfeather Family Care", registration.getString("program"));
        assertEquals("CONFIRMED", registration.getString("state"));
        assertEquals("Biting", json.getJsonArray("webinarsFacilitated").getJsonObject(0).getString("title"),
                "the webinar she attended");
        JsonObject answer = json.getJsonArray("surveyAnswers").getJsonObject(0);
        assertEquals("The Quillfeather twins loved it", answer.getString("comments"));
        assertTrue(answer.getBoolean("rating"));
        assertTrue(json.getJsonArray("mails").size() >= 3, "confirm, seat and survey mails: " + json.get("mails"));
        assertFalse(text.contains("Ben") || text.contains(BEN) || text.contains("Other Center"), text);
        assertFalse(json.containsKey("account"), "a registrant has no account section");
    }

    @Test
    void erasingAnAddressKeepsTheRegistrationsAttendanceAndRatingsButNothingThatNamesThePerson() {
        String cancelLink = OutboxMail.linkIn(db, LIA, CANCEL);
        services(s -> {
            s.privacy().eraseRegistrant(LIA);
            return null;
        });

        assertEquals(2, registrations().size(), "both registrations are still counted");
        assertEquals(2, attendance().size(), "both attended");
        assertEquals(2, attendance().stream().filter(a -> Boolean.TRUE.equals(a.getSurvey().rating())).count(),
                "both ratings still count");
        WebinarAttendance lias = attendance().stream()
                .filter(a -> !a.getRegistration().getEmail().equals(BEN)).findFirst().orElseThrow();
        assertEquals(null, lias.getSurvey().comments());
        assertFalse(lias.getSurvey().consentToQuote());
        assertEquals("Ben's own words", attendance().stream().filter(a -> a.getRegistration().getEmail().equals(BEN))
                .findFirst().orElseThrow().getSurvey().comments(), "another registrant keeps their answer");

        String everything = db.inTransaction(em -> em.createNativeQuery("select concat_ws('|', r.name, r.email, r.program)"
                + " from offering_registration r").getResultList().toString()
                + em.createNativeQuery("select email from survey_link").getResultList()
                + em.createNativeQuery("select concat_ws('|', recipient, subject, text_body) from outbox_mail").getResultList());
        for (String trace : List.of("Lia", "lia.registrant", "Quillfeather")) {
            assertFalse(everything.contains(trace), trace + " in " + everything);
        }
        assertTrue(everything.contains("Ben Other") && everything.contains(BEN), "Ben is untouched");
        assertTrue(services(s -> s.registrations().cancel(cancelLink)).isEmpty(), "her old links no longer work");

        JsonObject after = services(s -> s.privacy().exportRegistrant(LIA));
        assertEquals(0, after.getJsonArray("offeringRegistrations").size());
        assertEquals(0, after.getJsonArray("surveyAnswers").size());
    }

    @Test
    void anAddressThatIsNotOneIsRefused() {
        assertEquals("registration.privacy.email", assertThrows(PrivacyRejected.class,
                () -> services(s -> s.privacy().exportRegistrant("not an address"))).messageKey());
    }

    @Test
    void anAccountsAddressIsNeitherExportedNorErasedHereEvenWhenItsPersonRegisteredForAnOffering() {
        Webinar later = services(s -> s.webinars().schedule(ROSA, new WebinarDetails("Routines", "Behavior",
                ServiceLanguage.EN, null, new MeetingTime(LocalDate.of(2026, 3, 20), LocalTime.of(18, 0), 60))));
        webinar = services(s -> s.webinars().offer(ROSA, later.getId(),
                new OfferingTerms(10, OfferingFormat.ONLINE, "https://meet.example.org/webinar")));
        register("Rosa Rivera", ROSA.email(), "Rivera Family Care");
        for (String address : List.of(ROSA.email(), " ROSA@Registrant.example.org ")) {
            assertEquals("registration.privacy.hasAccount", assertThrows(PrivacyRejected.class,
                    () -> services(s -> s.privacy().exportRegistrant(address))).messageKey(), address);
            assertEquals("registration.privacy.hasAccount", assertThrows(PrivacyRejected.class, () -> services(s -> {
                s.privacy().eraseRegistrant(address);
                return null;
            })).messageKey(), address);
        }
        Registration hers = registrations().stream().filter(r -> r.getEmail().equals(ROSA.email())).findFirst().orElseThrow();
        assertEquals("Rosa Rivera", hers.getName(), "nothing erased");
        assertEquals("Rivera Family Care", hers.getProgram());
    }

    private void register(String name, String email, String program) {
        services(s -> {
            s.registrations().register("webinar-" + webinar.getId(), new RegistrantDetails(name, email, program,
                    "06037", ParticipantRole.TEACHER, Language.EN, ""));
            return null;
        });
        String token = OutboxMail.linkIn(db, email, CONFIRM);
        services(s -> s.registrations().confirm(token)).orElseThrow();
    }

    private void answer(String email, String comments) {
        String token = OutboxMail.linkIn(db, email, SURVEY);
        services(s -> {
            s.surveyLinks().answer(token, new SurveyAnswer(true, comments, true, false));
            return null;
        });
    }

    private List<Registration> registrations() {
        return services(s -> s.registrations().forStaff(ROSA, "webinar", webinar.getId()));
    }

    private List<WebinarAttendance> attendance() {
        return services(s -> s.webinars().attendance(ROSA, webinar.getId()));
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock)));
    }
}
