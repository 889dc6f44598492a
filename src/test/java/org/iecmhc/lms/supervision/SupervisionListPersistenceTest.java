package org.iecmhc.lms.supervision;

import static org.iecmhc.lms.supervision.SupervisionFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code GET /api/v1/supervision/sessions} reads (a page of sessions, then the invitations of all of them)
 * costs the same few statements however many sessions there are (issue 17).
 */
class SupervisionListPersistenceTest {

    private static final Viewer ADMIN = new Viewer("admin@example.org", true);

    private TestDatabase db;
    private Account supervisor;
    private long cohortId;
    private Set<Long> trainees;
    private int scheduled;

    @BeforeEach
    void cohortWithTwoTrainees() {
        db = TestDatabase.migrated();
        supervisor = inTransaction(db, s -> s.accounts().create(new AccountDetails("renee.list@example.org", "Renée",
                "Supervisor", Language.EN, EnumSet.of(Role.FACULTY)), "a-long-enough-password", false));
        cohortId = inTransaction(db, s -> s.cohorts().create(new CohortDetails("Supervision list", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 30), CohortStatus.ACTIVE, new CompletionRequirements(),
                Set.of(supervisor.getId())).getId());
        trainees = Set.of(enrol("ana.list@example.org"), enrol("ben.list@example.org"));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void fiftySessionsWithTheirInvitationsCostNoMoreStatementsThanFive() {
        db.statements().assertConstantAsRowsGrow("Supervision sessions API (page with counts, invitations)", 2,
                this::scheduleUpTo, this::listSessions);
        for (SessionSort sort : SessionSort.values()) {
            List<SessionSummary> sorted = inTransaction(db, s -> s.supervision().search(ADMIN, cohortId, sort, true, 0,
                    1000));
            assertEquals(scheduled, sorted.size(), sort.name());
        }
        List<SessionSummary> oldestFirst = inTransaction(db, s -> s.supervision().search(ADMIN, cohortId,
                SessionSort.STARTS_AT, true, 0, 2));
        assertEquals(LocalDate.of(2026, 1, 5), oldestFirst.get(0).startsAtPacific().toLocalDate(), "in California time");
        assertEquals(60, oldestFirst.get(0).minutes());
    }

    /** As the resource does it: the page, then the invitations of its sessions, each in a transaction of its own. */
    private void listSessions() {
        List<SessionSummary> sessions = inTransaction(db, s -> s.supervision().search(ADMIN, cohortId,
                SessionSort.STARTS_AT, false, 0, 1000));
        Map<Long, List<Invitee>> invited = inTransaction(db, s -> s.supervision()
                .invitationsOf(sessions.stream().map(SessionSummary::id).toList()));
        assertEquals(scheduled, sessions.size());
        for (SessionSummary session : sessions) {
            assertEquals("Renée Supervisor", session.supervisorName());
            assertEquals("Supervision list", session.cohortName());
            assertEquals(2, session.invited());
            List<Invitee> invitees = invited.get(session.id());
            assertEquals(List.of("Trainee ana", "Trainee ben"), invitees.stream().map(Invitee::name).toList());
            assertEquals(trainees, invitees.stream().map(Invitee::traineeId).collect(Collectors.toSet()));
            assertNull(invitees.get(0).attendance(), "not taken yet");
        }
    }

    private void scheduleUpTo(int sessions) {
        for (int i = scheduled; i < sessions; i++) {
            MeetingTime time = new MeetingTime(LocalDate.of(2026, 1, 5).plusDays(i), LocalTime.of(16, 0), 60);
            inTransaction(db, s -> s.supervision().schedule(ADMIN, new SessionDetails(cohortId, SessionKind.GROUP,
                    supervisor.getId(), time, null, trainees)));
        }
        scheduled = sessions;
    }

    private long enrol(String email) {
        return inTransaction(db, s -> s.enrollments().enrol(cohortId, email, "Trainee", email.substring(0, 3), Language.EN,
                EnrollmentStatus.ENROLLED).getTrainee().getId());
    }
}
