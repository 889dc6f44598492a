package org.iecmhc.lms.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Consultation assignments against MariaDB: who reaches which assignment, and the rules on dates, counts and closing. */
class ConsultationAssignmentsPersistenceTest {

    /** 2025-03-20, noon in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static TestDatabase db;
    private static Account rosa;
    private static Account luis;
    private static Provider casita;
    private static Provider sunshine;
    private static Viewer rosaViewer;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        rosa = consultant("rosa.c@example.org");
        luis = consultant("luis.c@example.org");
        rosaViewer = new Viewer(rosa.getEmail(), false);
        casita = provider("Casita Consulted", "06037");
        sunshine = provider("Sunshine Center", "06019");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aConsultantReachesOnlyTheirOwnAssignmentsAndAdministratorsAll() {
        ConsultationAssignment rosas = assign(rosa, casita, LocalDate.of(2025, 1, 6), null, AssignmentStatus.ACTIVE);
        ConsultationAssignment luiss = assign(luis, sunshine, LocalDate.of(2025, 1, 6), null, AssignmentStatus.ACTIVE);
        assertTrue(service(s -> s.search(rosaViewer, AssignmentFilter.everything(), 0, 100)).stream()
                .allMatch(a -> a.getConsultant().getId().equals(rosa.getId())));
        assertTrue(service(s -> s.find(rosaViewer, luiss.getId())).isEmpty(), "another consultant's assignment stays hidden");
        assertTrue(service(s -> s.find(ADMIN, luiss.getId())).isPresent());
        assertRejected("consultation.assignment.notFound", () -> service(s -> s.change(rosaViewer, luiss.getId(),
                luiss.getVersion(), details(luis, sunshine, LocalDate.of(2025, 1, 6), null, AssignmentStatus.OPEN))));
        assertRejected("consultation.assignment.notFound", () -> service(s -> s.logActivity(rosaViewer, luiss.getId(),
                new ActivityEntry(LocalDate.of(2025, 2, 1), 60, ActivityKind.OBSERVATION, null))));
        assertRejected("consultation.assign.administratorsOnly", () -> service(s -> s.assign(rosaViewer,
                details(rosa, casita, LocalDate.of(2025, 1, 6), null, AssignmentStatus.OPEN))));
        assertTrue(service(s -> s.count(ADMIN, new AssignmentFilter(null, null, "06019"))) >= 1, "Fresno filter finds Luis's");
        assertEquals(0L, (long) service(s -> s.count(rosaViewer, new AssignmentFilter(null, null, "06019"))));
        assertTrue(service(s -> s.find(rosaViewer, rosas.getId())).isPresent());
    }

    @Test
    void datesAndCountsAreChecked() {
        assertRejected("consultation.endOn.beforeStart", () -> assign(rosa, casita, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 31), AssignmentStatus.ACTIVE));
        assertRejected("consultation.endOn.requiredToClose", () -> assign(rosa, casita, LocalDate.of(2025, 2, 1),
                null, AssignmentStatus.CLOSED));
        assertRejected("consultation.count.notNegative", () -> service(s -> s.assign(ADMIN, new AssignmentDetails(rosa.getId(),
                casita.getId(), ConsultationLevel.CLASSROOM, Modality.ON_SITE, LocalDate.of(2025, 2, 1), null,
                AssignmentStatus.OPEN, -1, 2, null))));

        ConsultationAssignment assignment = assign(rosa, casita, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), AssignmentStatus.ACTIVE);
        long id = assignment.getId();
        assertRejected("consultation.activity.heldOn.future", () -> log(id, LocalDate.of(2025, 3, 21), 60));
        assertRejected("consultation.activity.heldOn.outside", () -> log(id, LocalDate.of(2025, 1, 31), 60));
        assertRejected("consultation.activity.minutes.range", () -> log(id, LocalDate.of(2025, 3, 20), 0));
        assertRejected("consultation.activity.minutes.range", () -> log(id, LocalDate.of(2025, 3, 20), 481));
        log(id, LocalDate.of(2025, 2, 1), 480);
        assertRejected("consultation.dates.activityOutside", () -> service(s -> s.change(ADMIN, id, assignment.getVersion(),
                details(rosa, casita, LocalDate.of(2025, 2, 2), null, AssignmentStatus.ACTIVE))));
    }

    @Test
    void activityTotalsAddUpAndARemovedActivityLeavesThem() {
        long id = assign(rosa, casita, LocalDate.of(2025, 1, 2), null, AssignmentStatus.ACTIVE).getId();
        log(id, LocalDate.of(2025, 1, 10), 90);
        log(id, LocalDate.of(2025, 2, 10), 45);
        ConsultationActivity third = log(id, LocalDate.of(2025, 3, 20), 30);
        assertEquals(new ActivityTotals(3, 165), service(s -> s.totals(rosaViewer, id)));
        service(s -> { s.removeActivity(rosaViewer, third.getId()); return null; });
        assertEquals(new ActivityTotals(2, 135), service(s -> s.totals(ADMIN, id)));
        assertEquals(LocalDate.of(2025, 2, 10), service(s -> s.activities(rosaViewer, id)).get(0).getHeldOn(), "newest first");
    }

    @Test
    void closingNeedsAnEndDateAndTheSurveyRespectsConsentAndStaleSavesAreRefused() {
        ConsultationAssignment assignment = assign(rosa, casita, LocalDate.of(2025, 1, 2), null, AssignmentStatus.ACTIVE);
        long id = assignment.getId();
        long version = assignment.getVersion();
        SurveyAnswer quotedWithoutConsent = new SurveyAnswer(true, "It changed our mornings.", false, true);
        assertRejected("consultation.endOn.requiredToClose", () -> service(s -> s.close(rosaViewer, id, version, null, quotedWithoutConsent)));
        assertRejected("testimonial.consentRequired", () -> service(s -> s.close(rosaViewer, id, version,
                LocalDate.of(2025, 3, 14), quotedWithoutConsent)));
        ConsultationAssignment closed = service(s -> s.close(rosaViewer, id, version, LocalDate.of(2025, 3, 14),
                new SurveyAnswer(true, "It changed our mornings.", true, true)));
        assertEquals(AssignmentStatus.CLOSED, closed.getStatus());
        assertTrue(closed.getSurvey().quotable() && closed.getSurvey().rating());
        assertThrows(RecordChangedMeanwhile.class, () -> service(s -> s.close(rosaViewer, id, version,
                LocalDate.of(2025, 3, 14), new SurveyAnswer(false, null, false, false))));
        assertRejected("consultation.status.surveyAnswered", () -> service(s -> s.change(ADMIN, id, closed.getVersion(),
                details(rosa, casita, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 14), AssignmentStatus.ACTIVE))));
        ConsultationAssignment reloaded = service(s -> s.visible(ADMIN, id));
        assertEquals("It changed our mornings.", reloaded.getSurvey().comments());
        assertEquals(LocalDate.of(2025, 3, 14), reloaded.getEndOn());
    }

    private static ConsultationActivity log(long id, LocalDate day, int minutes) {
        return service(s -> s.logActivity(rosaViewer, id, new ActivityEntry(day, minutes, ActivityKind.REFLECTIVE_CONVERSATION, "note")));
    }

    private static ConsultationAssignment assign(Account consultant, Provider provider, LocalDate start, LocalDate end,
                                                 AssignmentStatus status) {
        return service(s -> s.assign(ADMIN, details(consultant, provider, start, end, status)));
    }

    private static AssignmentDetails details(Account consultant, Provider provider, LocalDate start, LocalDate end,
                                             AssignmentStatus status) {
        return new AssignmentDetails(consultant.getId(), provider.getId(), ConsultationLevel.PROGRAMMATIC, Modality.VIRTUAL,
                start, end, status, 12, 3, "Calm-down routines in the toddler room");
    }

    private static void assertRejected(String key, Executable work) {
        assertEquals(key, assertThrows(InputRejected.class, work).messageKey());
    }

    private static Provider provider(String name, String county) {
        return db.inTransaction(em -> new ProviderRegistry(em, new Counties(em)).add(new ProviderDetails(name,
                ProviderKind.CENTER_BASED, county, null, null, null, null, null, EnumSet.of(ServiceLanguage.EN))));
    }

    private static Account consultant(String email) {
        return db.inTransaction(em -> new AccountService(em, new PasswordHasher(), CLOCK).create(new AccountDetails(email,
                "Con", "Sultant", Language.EN, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
    }

    private static <T> T service(Function<ConsultationAssignments, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new ConsultationAssignments(em,
                new AccountService(em, new PasswordHasher(), CLOCK), new ProviderRegistry(em, new Counties(em)), CLOCK)));
    }
}
