package org.iecmhc.lms.helpline.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.iecmhc.lms.helpline.CallForm;
import org.iecmhc.lms.helpline.CallerRole;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The follow-up queue against MariaDB: who works it, the due-date and outcome rules, and the queue's filters. */
class FollowUpsPersistenceTest {

    /** 2025-03-20, noon in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T19:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static TestDatabase db;
    private static Account kim;
    private static Account ana;
    private static Account rosa;
    private static Viewer kimViewer;
    private static HelplineCall fresnoCall;
    private static HelplineCall sanDiegoCall;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        kim = account("kim.h@example.org", Role.HELPLINE_STAFF);
        ana = account("ana.h@example.org", Role.HELPLINE_STAFF);
        rosa = account("rosa.c@example.org", Role.CONSULTANT);
        kimViewer = new Viewer(kim.getEmail(), false);
        fresnoCall = call("06019", List.of(topic("BITING")));
        sanDiegoCall = call("06073", List.of(topic("SLEEP")));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theDueDateIsRequiredNotPastAndWithinAYear() {
        assertRejected("followUp.dueOn.required", () -> open(CLOCK, fresnoCall, kim, null));
        assertRejected("followUp.dueOn.past", () -> open(CLOCK, fresnoCall, kim, TODAY.minusDays(1)));
        assertRejected("followUp.dueOn.tooFar", () -> open(CLOCK, fresnoCall, kim, TODAY.plusDays(367)));
        assertEquals(TODAY, open(CLOCK, fresnoCall, kim, TODAY).getDueOn(), "due today is fine");
    }

    @Test
    void onlyHelplineStaffAreGivenFollowUpsAndOnlyStaffAndAdministratorsOpenThem() {
        assertRejected("followUp.assignee.notStaff", () -> open(CLOCK, fresnoCall, rosa, TODAY.plusDays(2)));
        assertRejected("followUp.assignee.required", () -> service(CLOCK, s -> s.open(ADMIN, fresnoCall.getId(),
                new FollowUpDetails(null, TODAY, null))));
        Viewer consultant = new Viewer(rosa.getEmail(), false);
        assertRejected("followUp.staffOnly", () -> service(CLOCK, s -> s.open(consultant, fresnoCall.getId(),
                new FollowUpDetails(kim.getId(), TODAY, null))));
        FollowUp opened = service(CLOCK, s -> s.open(ADMIN, fresnoCall.getId(), new FollowUpDetails(ana.getId(), TODAY, "Call back")));
        assertTrue(service(CLOCK, s -> s.find(consultant, opened.getId())).isEmpty(), "a consultant does not see it");
        assertRejected("followUp.staffOnly", () -> service(CLOCK, s -> s.close(consultant, opened.getId(),
                opened.getVersion(), "Done")));
    }

    @Test
    void closingRequiresAnOutcomeAndHappensOnce() {
        FollowUp opened = open(CLOCK, sanDiegoCall, ana, TODAY.plusDays(1));
        assertRejected("followUp.outcome.required", () -> service(CLOCK, s -> s.close(kimViewer, opened.getId(),
                opened.getVersion(), "   ")));
        assertRejected("followUp.outcome.tooLong", () -> service(CLOCK, s -> s.close(kimViewer, opened.getId(),
                opened.getVersion(), "x".repeat(FollowUpLimits.OUTCOME + 1))));
        FollowUp closed = service(CLOCK, s -> s.close(kimViewer, opened.getId(), opened.getVersion(),
                " Sent the sleep routines handout. "));
        assertEquals(FollowUpStatus.DONE, closed.getStatus());
        assertEquals("Sent the sleep routines handout.", closed.getOutcome());
        assertEquals(TODAY, closed.getClosedOn());
        assertRejected("followUp.alreadyDone", () -> service(CLOCK, s -> s.close(kimViewer, opened.getId(),
                closed.getVersion(), "Again")));
    }

    @Test
    void theQueueFindsOverdueMineAndByCountyAndTopic() {
        Viewer sam = new Viewer(account("sam.h@example.org", Role.HELPLINE_STAFF).getEmail(), false);
        Account samAccount = service(CLOCK, s -> s.staff()).stream().filter(a -> a.getEmail().equals(sam.email())).findFirst().orElseThrow();
        FollowUp dueTomorrow = open(CLOCK, fresnoCall, samAccount, TODAY.plusDays(1));
        FollowUp dueNextWeek = open(CLOCK, sanDiegoCall, samAccount, TODAY.plusDays(7));
        Clock threeDaysLater = Clock.offset(CLOCK, java.time.Duration.ofDays(3));

        FollowUpFilter samsOverdue = new FollowUpFilter(sam.email(), true, null, null, null);
        assertEquals(List.of(dueTomorrow.getId()), ids(threeDaysLater, samsOverdue), "overdue once its day has passed");
        assertEquals(List.of(), ids(CLOCK, samsOverdue), "not overdue on the day it was opened");
        FollowUpFilter samsOpen = new FollowUpFilter(sam.email(), false, FollowUpStatus.OPEN, null, null);
        assertEquals(List.of(dueTomorrow.getId(), dueNextWeek.getId()), ids(CLOCK, samsOpen), "soonest due first");
        assertEquals(List.of(dueNextWeek.getId()), ids(CLOCK, new FollowUpFilter(sam.email(), false, null, "06073", null)));
        assertEquals(List.of(dueTomorrow.getId()), ids(CLOCK, new FollowUpFilter(sam.email(), false, null, null, topic("BITING"))));

        service(threeDaysLater, s -> s.close(sam, dueTomorrow.getId(), dueTomorrow.getVersion(), "Reached the director."));
        assertEquals(List.of(), ids(threeDaysLater, samsOverdue), "a closed follow-up is no longer overdue");
        assertEquals(1L, (long) service(CLOCK, s -> s.count(samsOpen)));
        assertTrue(service(CLOCK, s -> s.count(FollowUpFilter.open())) >= 1, "everyone's queue holds Sam's too");
    }

    private static List<Long> ids(Clock clock, FollowUpFilter filter) {
        return service(clock, s -> s.search(filter, 0, 25, FollowUpSort.DUE, true)).stream().map(FollowUp::getId).toList();
    }

    private static FollowUp open(Clock clock, HelplineCall call, Account assignee, LocalDate dueOn) {
        return service(clock, s -> s.open(kimViewer, call.getId(), new FollowUpDetails(assignee.getId(), dueOn, "Call back")));
    }

    private static void assertRejected(String key, Executable work) {
        assertEquals(key, assertThrows(InputRejected.class, work).messageKey());
    }

    private static Long topic(String code) {
        return db.inTransaction(em -> em.createQuery("select t.id from HelplineTopic t where t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }

    private static HelplineCall call(String county, List<Long> topics) {
        return db.inTransaction(em -> Services.on(em, CLOCK).helplineCalls().record(new CallForm(
                LocalDateTime.of(2025, 3, 20, 10, 15), 12, CallerRole.CENTER_STAFF, null, null, county,
                ServiceLanguage.EN, topics, true, null, true)));
    }

    private static Account account(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email,
                "Staff", email.substring(0, 3), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T service(Clock clock, Function<FollowUps, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock).followUps()));
    }
}
