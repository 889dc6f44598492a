package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.supervision.SessionNotes;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo supervision year: enough hours for every trainee who completed the past cohort (completion's demo issues
 * their certificates), upcoming and past sessions within the active cohort, which spans today, and one confidential
 * note of James's.
 */
class DemoSupervisionPersistenceTest {

    /** 2026-11-25 08:00 in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T16:00:00Z"), ZoneOffset.UTC);
    private static final int REQUIRED_MINUTES = 24 * 60;

    @Test
    void sessionsForBothDemoCohortsOnce() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                DemoSeeds.people(services);
                DemoSeeds.cohorts(services);
                return null;
            });
            run(db);
            run(db);
            long sessions = count(db, "select count(s) from SupervisionSession s");
            run(db);
            assertEquals(sessions, count(db, "select count(s) from SupervisionSession s"), "created once");

            long past = cohortId(db, "2025-2026");
            List<Long> completers = db.inTransaction((EntityManager em) -> em.createQuery("select e.trainee.id from Enrollment e"
                    + " where e.cohort.id = :c and e.status = :s", Long.class).setParameter("c", past)
                    .setParameter("s", EnrollmentStatus.COMPLETED).getResultList());
            assertEquals(5, completers.size());
            Map<Long, Integer> earned = db.inTransaction((EntityManager em) -> Services.on(em, CLOCK).supervisionCredits().creditsIn(past)).stream()
                    .filter(c -> c.state() == CreditState.EARNED)
                    .collect(Collectors.groupingBy(Credit::traineeId, Collectors.summingInt(Credit::amount)));
            completers.forEach(id -> assertTrue(earned.getOrDefault(id, 0) >= REQUIRED_MINUTES,
                    "trainee " + id + " has " + earned.get(id) + " minutes"));

            long current = cohortId(db, "2026-2027");
            List<Credit> credits = db.inTransaction((EntityManager em) -> Services.on(em, CLOCK).supervisionCredits().creditsIn(current));
            LocalDate today = LocalDate.of(2026, 11, 25);
            Cohort active = db.inTransaction((EntityManager em) -> em.find(Cohort.class, current));
            assertTrue(!active.getStartDate().isAfter(today) && !active.getEndDate().isBefore(today),
                    "the active cohort spans today: " + active.getStartDate() + " to " + active.getEndDate());
            assertTrue(credits.stream().allMatch(c -> !c.date().isBefore(active.getStartDate())
                    && !c.date().isAfter(active.getEndDate())), "every session within the cohort's dates");
            assertTrue(credits.stream().anyMatch(c -> c.state() == CreditState.EARNED && c.date().isBefore(today)));
            assertTrue(credits.stream().filter(c -> !c.date().isBefore(today)).allMatch(c -> c.state() == CreditState.PENDING),
                    "no attendance at sessions still to come");
            long james = accountId(db, DemoPerson.TRAINEE_EN.email());
            long maria = accountId(db, DemoPerson.TRAINEE.email());
            for (long trainee : List.of(james, maria)) {
                assertTrue(credits.stream().anyMatch(c -> c.traineeId() == trainee && !c.date().isBefore(today)
                        && c.date().isBefore(today.plusDays(14))), "an upcoming session within two weeks");
            }
            assertEquals(1L, count(db, "select count(n) from SupervisionNote n"));
            Viewer jamesViewer = new Viewer(DemoPerson.TRAINEE_EN.email(), false);
            long noted = db.inTransaction((EntityManager em) -> em.createQuery("select n.session.id from SupervisionNote n",
                    Long.class).getSingleResult());
            assertEquals(List.of(DemoSupervision.JAMES_NOTE), db.inTransaction((EntityManager em) ->
                    Services.on(em, CLOCK).notes().onSession(jamesViewer, noted))
                    .stream().map(SessionNotes.Note::text).toList(), "James reads the note of his individual session");
        }
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            DemoSupervision demo = new DemoSupervision();
            demo.demo = DemoSwitch.on(CLOCK);
            Services services = Services.on(em, CLOCK);
            demo.accounts = services.accounts();
            demo.cohorts = services.cohorts();
            demo.supervision = services.supervision();
            demo.notes = services.notes();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }

    private static long cohortId(TestDatabase db, String name) {
        return db.inTransaction((EntityManager em) -> em.createQuery("select c.id from Cohort c where c.name = :n", Long.class)
                .setParameter("n", name).getSingleResult());
    }

    private static long accountId(TestDatabase db, String email) {
        return db.inTransaction((EntityManager em) -> em.createQuery("select a.id from Account a where a.email = :e", Long.class)
                .setParameter("e", email).getSingleResult());
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
