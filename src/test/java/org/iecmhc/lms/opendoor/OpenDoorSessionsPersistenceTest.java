package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.iecmhc.lms.offering.OfferingFormat;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.errors.InputRejected;
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

/** Open-Door sessions against MariaDB: who sees what, the attendance rules and the fiscal year's monthly sessions. */
class OpenDoorSessionsPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static TestDatabase db;
    private static Account rosa;
    private static Account luis;
    private static Provider casita;
    private static Viewer rosaViewer;
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final Clock AUGUST = Clock.fixed(Instant.parse("2025-08-01T17:00:00Z"), ZoneOffset.UTC);
    /** Rosa's monthly drop-in: a Thursday at 6:30 p.m. Pacific, 90 minutes, 20 seats. */
    private static OpenDoorSession september;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        rosa = consultant("rosa@example.org");
        luis = consultant("luis@example.org");
        rosaViewer = new Viewer(rosa.getEmail(), false);
        casita = db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails("Casita",
                ProviderKind.FAMILY_CHILD_CARE_HOME, "06037", null, null, null, null, null, EnumSet.of(ServiceLanguage.ES))));
        OpenDoorSession first = sessions(s -> s.schedule(rosaViewer, new SessionDetails(LocalDate.of(2025, 9, 11),
                "Monthly drop-in", ServiceLanguage.EN, null)));
        september = sessions(s -> s.offer(rosaViewer, first.getId(),
                new MeetingTime(LocalDate.of(2025, 9, 11), LocalTime.of(18, 30), 90),
                new OfferingTerms(20, OfferingFormat.ONLINE, "https://meet.example.org/drop-in")));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aConsultantSeesOnlyTheirOwnSessionsAndAdministratorsSeeAll() {
        OpenDoorSession rosas = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 3, 5), "Biting and toddlers", ServiceLanguage.ES, rosa.getId())));
        OpenDoorSession luiss = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 3, 6), "Transitions", ServiceLanguage.EN, luis.getId())));
        assertTrue(sessions(s -> s.search(rosaViewer, null, 0, 50)).stream().allMatch(x -> x.getFacilitator().getId().equals(rosa.getId())));
        assertTrue(sessions(s -> s.find(rosaViewer, luiss.getId())).isEmpty(), "another consultant's session stays hidden");
        assertTrue(sessions(s -> s.find(ADMIN, luiss.getId())).isPresent());
        assertThrows(InputRejected.class, () -> sessions(s -> s.attend(rosaViewer, luiss.getId(), casita.getId())));
        assertEquals(0L, (long) sessions(s -> s.count(new Viewer(luis.getEmail(), false), ServiceLanguage.ES)),
                "Luis leads no Spanish session");
        assertTrue(sessions(s -> s.count(ADMIN, null)) >= 2);
        assertTrue(sessions(s -> s.find(rosaViewer, rosas.getId())).isPresent());
    }

    @Test
    void aConsultantFacilitatesWhatTheySchedulePickingAProviderIsRequiredAndAnAdministratorNamesTheFacilitator() {
        OpenDoorSession mine = sessions(s -> s.schedule(rosaViewer,
                new SessionDetails(LocalDate.of(2025, 3, 2), "Mine", ServiceLanguage.ES, luis.getId())));
        assertEquals(rosa.getId(), mine.getFacilitator().getId(), "whoever the form names");
        assertEquals("opendoor.facilitator.required", assertThrows(InputRejected.class, () -> sessions(s -> s.schedule(ADMIN,
                new SessionDetails(LocalDate.of(2025, 3, 2), "Nobody's", ServiceLanguage.ES, null)))).messageKey());
        assertEquals("opendoor.attendance.chooseProvider", assertThrows(InputRejected.class,
                () -> sessions(s -> s.attend(rosaViewer, mine.getId(), null))).messageKey());
    }

    @Test
    void aProviderAttendsOnceAndOnlyOnceTheSessionHasTakenPlace() {
        OpenDoorSession past = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 3, 1), "Sleep", ServiceLanguage.ES, rosa.getId())));
        OpenDoorSession future = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 4, 1), "Later", ServiceLanguage.ES, rosa.getId())));
        sessions(s -> s.attend(rosaViewer, past.getId(), casita.getId()));
        InputRejected twice = assertThrows(InputRejected.class, () -> sessions(s -> s.attend(rosaViewer, past.getId(), casita.getId())));
        assertEquals("opendoor.attendance.twice", twice.messageKey());
        InputRejected early = assertThrows(InputRejected.class, () -> sessions(s -> s.attend(rosaViewer, future.getId(), casita.getId())));
        assertEquals("opendoor.attendance.future", early.messageKey());
    }

    @Test
    void aCommentIsQuotableOnlyWithConsentAndANewProviderJoinsOnTheSpot() {
        OpenDoorSession session = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 2, 10), "Families", ServiceLanguage.EN, rosa.getId())));
        OpenDoorAttendance walkIn = sessions(s -> s.attendNewProvider(rosaViewer, session.getId(), 
                new NewProvider("Walk-in Caregiver", ProviderKind.FFN_CAREGIVER, "Fresno")));
        InputRejected noConsent = assertThrows(InputRejected.class,
                () -> sessions(s -> { s.rate(rosaViewer, walkIn.getId(), new SurveyAnswer(true, "So helpful", false, true)); return null; }));
        assertEquals("testimonial.consentRequired", noConsent.messageKey());
        sessions(s -> { s.rate(rosaViewer, walkIn.getId(), new SurveyAnswer(true, "So helpful", true, true)); return null; });
        OpenDoorAttendance rated = sessions(s -> s.attendance(rosaViewer, session.getId())).get(0);
        assertEquals("Walk-in Caregiver", rated.getProvider().getName());
        assertEquals(Set.of(ServiceLanguage.EN), walkIn.getProvider().getLanguages(), "speaking the session's language");
        assertEquals(Boolean.TRUE, rated.getSurvey().rating());
        assertTrue(rated.getSurvey().quotable() && rated.getSurvey().consentToQuote());
    }

    @Test
    void aSessionWithATimeFillsTheRestOfItsFiscalYearMonthlyOffWeekendsAndHolidaysAndNeverTwice() {
        Function<OpenDoorYear, List<OpenDoorSession>> fill = year -> year.fillFiscalYear(rosaViewer, september.getId());
        sessions(s -> s.schedule(rosaViewer, new SessionDetails(LocalDate.of(2025, 12, 3), "Monthly drop-in", ServiceLanguage.EN, null)));

        List<OpenDoorSession> created = inAugust(fill);

        assertEquals(List.of("2025-10-13", "2025-11-12", "2026-01-12", "2026-02-11", "2026-03-11", "2026-04-13",
                        "2026-05-11", "2026-06-11"), created.stream().map(c -> c.getHeldOn().toString()).toList(),
                "the 11th of each month through June; a Saturday, a Sunday and Veterans Day move to the next open day;"
                        + " December already has one");
        OpenDoorSession april = created.get(5);
        assertEquals("2026-04-13 18:30 PT", april.getSlot().label());
        assertEquals(90, april.getSlot().getMinutes());
        assertEquals(20, april.getTerms().getCapacity());
        assertEquals("https://meet.example.org/drop-in", april.getTerms().getMeetingLink());
        assertEquals(rosa.getId(), april.getFacilitator().getId());
        assertEquals(List.of(), inAugust(fill), "a second run creates nothing");
    }

    @Test
    void onlyASessionWithATimeRepeatsAndOnlyForThoseWhoMaySeeIt() {
        OpenDoorSession untimed = sessions(s -> s.schedule(ADMIN, new SessionDetails(LocalDate.of(2025, 9, 4), "No time yet", ServiceLanguage.EN, rosa.getId())));
        assertEquals("providerCop.monthly.noTime", assertThrows(InputRejected.class,
                () -> inAugust(year -> year.fillFiscalYear(ADMIN, untimed.getId()))).messageKey());
        assertThrows(InputRejected.class, () -> inAugust(year -> year.fillFiscalYear(new Viewer(luis.getEmail(), false), september.getId())),
                "another consultant's session is not theirs to repeat");
    }

    private static Account consultant(String email) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email,
                "Con", "Sultant", Language.ES, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
    }

    /** Run on August 1, 2025, when the whole fiscal year 2025-2026 is ahead. */
    private static <T> T inAugust(Function<OpenDoorYear, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, AUGUST).openDoorYear()));
    }

    private static <T> T sessions(Function<OpenDoorSessions, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).openDoor()));
    }
}
