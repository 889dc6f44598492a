package org.iecmhc.lms.consultation.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.Modality;
import org.iecmhc.lms.helpline.CallForm;
import org.iecmhc.lms.helpline.CallerRole;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The hand-off from a helpline call to consultation against MariaDB: who may make it, and the request ↔ assignment link. */
class ConsultationRequestsPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T19:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static TestDatabase db;
    private static Viewer kim;
    private static Viewer rosaViewer;
    private static Account rosa;
    private static Provider casita;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        kim = new Viewer(account("kim.h@example.org", Role.HELPLINE_STAFF).getEmail(), false);
        rosa = account("rosa.c@example.org", Role.CONSULTANT);
        rosaViewer = new Viewer(rosa.getEmail(), false);
        casita = db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails("Casita Requested",
                ProviderKind.CENTER_BASED, "06037", null, null, null, null, null, EnumSet.of(ServiceLanguage.EN))));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void onlyHelplineStaffHandOffAndOnlyACallThatRecommendedConsultationOnce() {
        HelplineCall notRecommended = call(false);
        HelplineCall recommended = call(true);
        assertRejected("handOff.notRecommended", () -> handOff(kim, notRecommended, new HandOffDetails(casita.getId(),
                null, "06037", "Biting in the toddler room")));
        assertRejected("handOff.staffOnly", () -> handOff(rosaViewer, recommended, new HandOffDetails(casita.getId(),
                null, "06037", "Biting in the toddler room")));
        assertRejected("handOff.provider.required", () -> handOff(kim, recommended, new HandOffDetails(null, "  ",
                "06037", "Biting")));
        assertRejected("handOff.needs.required", () -> handOff(kim, recommended, new HandOffDetails(casita.getId(), null,
                "06037", " ")));
        assertRejected("handOff.needs.tooLong", () -> handOff(kim, recommended, new HandOffDetails(casita.getId(), null,
                "06037", "x".repeat(RequestLimits.NEEDS + 1))));
        ConsultationRequest request = handOff(kim, recommended, new HandOffDetails(null, " Little Stars FCC ", "06019",
                "Separation at drop-off"));
        assertEquals("Little Stars FCC", request.providerShown());
        assertEquals(LocalDate.of(2025, 3, 20), request.getRequestedOn());
        assertRejected("handOff.alreadyRequested", () -> handOff(kim, recommended, new HandOffDetails(casita.getId(),
                null, "06037", "Again")));
    }

    @Test
    void anAdministratorTurnsARequestIntoAnAssignmentThatLinksBack() {
        ConsultationRequest request = handOff(kim, call(true), new HandOffDetails(casita.getId(), null, "06037",
                "Challenging behavior at circle time"));
        AssignmentDetails details = new AssignmentDetails(rosa.getId(), casita.getId(), ConsultationLevel.CLASSROOM,
                Modality.ON_SITE, LocalDate.of(2025, 3, 24), null, AssignmentStatus.OPEN, 0, 0, null);
        assertTrue(service(s -> s.find(kim, request.getId())).isEmpty(), "helpline staff do not open the admin's request page");
        assertRejected("handOff.notFound", () -> service(s -> s.assign(rosaViewer, request.getId(), request.getVersion(), details)));
        assertEquals(0L, (long) service(s -> s.count(rosaViewer, true)));
        assertTrue(service(s -> s.search(ADMIN, true, 0, 25)).stream().anyMatch(r -> r.getId().equals(request.getId())),
                "the administrator sees it waiting");

        ConsultationAssignment assignment = service(s -> s.assign(ADMIN, request.getId(), request.getVersion(), details));
        ConsultationRequest linked = service(s -> s.find(ADMIN, request.getId())).orElseThrow();
        assertEquals(assignment.getId(), linked.getAssignment().getId(), "the request shows its assignment");
        assertEquals(request.getId(), service(s -> s.ofAssignment(assignment.getId())).orElseThrow().getId(),
                "the assignment links back to its request");
        assertTrue(service(s -> s.search(ADMIN, true, 0, 25)).stream().noneMatch(r -> r.getId().equals(request.getId())),
                "no longer waiting");
        assertRejected("handOff.alreadyAssigned", () -> service(s -> s.assign(ADMIN, request.getId(), linked.getVersion(), details)));
    }

    @Test
    void aRefusedAssignmentLeavesTheRequestWaiting() {
        ConsultationRequest request = handOff(kim, call(true), new HandOffDetails(null, "Not Yet Registered", "06037",
                "Staff wellness"));
        AssignmentDetails noProvider = new AssignmentDetails(rosa.getId(), null, ConsultationLevel.PROGRAMMATIC,
                Modality.VIRTUAL, LocalDate.of(2025, 3, 24), null, AssignmentStatus.OPEN, 0, 0, null);
        assertRejected("consultation.provider.required", () -> service(s -> s.assign(ADMIN, request.getId(),
                request.getVersion(), noProvider)));
        assertNull(service(s -> s.find(ADMIN, request.getId())).orElseThrow().getAssignment());
    }

    private static ConsultationRequest handOff(Viewer actor, HelplineCall call, HandOffDetails details) {
        return service(s -> s.handOff(actor, call.getId(), details));
    }

    private static void assertRejected(String key, Executable work) {
        assertEquals(key, assertThrows(InputRejected.class, work).messageKey());
    }

    private static HelplineCall call(boolean recommended) {
        return db.inTransaction(em -> Services.on(em, CLOCK).helplineCalls().record(new CallForm(
                LocalDateTime.of(2025, 3, 20, 10, 15), 20, CallerRole.CENTER_STAFF, null, null, "06037",
                ServiceLanguage.EN, List.of(), recommended, null, false)));
    }

    private static Account account(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email,
                "Staff", "Member", Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T service(Function<ConsultationRequests, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK).consultationRequests()));
    }
}
