package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo practicum: every trainee who completed the past cohort ("2025-2026" on December 6, 2026, which started on
 * a Monday) has the cohort's 60 approved hours, and María and James keep a log since the active cohort's start
 * with approved, waiting and one returned entry each; created once.
 */
class DemoPracticumPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void placementsAndLogsForBothDemoCohortsCreatedOnce() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                DemoSeeds.people(services);
                DemoSeeds.providers(services);
                DemoSeeds.cohorts(services);
                return null;
            });
            run(db);
            run(db);

            assertEquals(8L, count(db, "select count(p) from Placement p"), "six in the past cohort, two in the active one, once");
            Map<String, Integer> approvedPast = approvedMinutesByEmail(db, "2025-2026");
            for (String user : List.of("ana.garcia", "brian.walker", "chau.tran", "elena.ramirez", "grace.fifita")) {
                assertTrue(approvedPast.getOrDefault(user + "@demo.iecmhc.org", 0) >= 60 * 60, user + " has 60 approved hours");
            }
            assertTrue(approvedPast.get("denise.johnson@demo.iecmhc.org") < 60 * 60, "who did not complete has fewer");

            for (DemoPerson trainee : List.of(DemoPerson.TRAINEE, DemoPerson.TRAINEE_EN)) {
                String email = trainee.email();
                assertEquals(1L, count(db, "select count(e) from LogEntry e where e.trainee.email = '" + email
                        + "' and e.status = org.iecmhc.lms.practicum.EntryStatus.RETURNED and e.reviewComment is not null"));
                assertTrue(count(db, "select count(e) from LogEntry e where e.trainee.email = '" + email
                        + "' and e.status = org.iecmhc.lms.practicum.EntryStatus.SUBMITTED") >= 2, "the last weeks wait for review");
                assertTrue(count(db, "select count(e) from LogEntry e where e.trainee.email = '" + email
                        + "' and e.status = org.iecmhc.lms.practicum.EntryStatus.APPROVED") >= 8, "weekly since September, mostly approved");
            }
            assertEquals(0L, count(db, "select count(e) from LogEntry e where e.loggedOn > {d '2026-12-06'}"), "nothing in the future");
            assertEquals(0L, count(db, "select count(p) from Placement p where p.enrollment.cohort.name = '2026-2027'"
                    + " and (p.startOn < p.enrollment.cohort.startDate or p.endOn > p.enrollment.cohort.endDate)"),
                    "the active cohort's placements fall within it");
            assertEquals(0L, count(db, "select count(e) from LogEntry e where e.placement.enrollment.cohort.name = '2026-2027'"
                    + " and e.loggedOn < e.placement.enrollment.cohort.startDate"), "and so do their logs");
        }
    }

    private static Map<String, Integer> approvedMinutesByEmail(TestDatabase db, String cohortName) {
        return db.inTransaction((EntityManager em) -> {
            long cohortId = em.createQuery("select c.id from Cohort c where c.name = :name", Long.class)
                    .setParameter("name", cohortName).getSingleResult();
            Map<Long, Integer> byId = Services.on(em, CLOCK).practicumCredits().creditsIn(cohortId).stream()
                    .filter(c -> c.state() == CreditState.EARNED)
                    .collect(Collectors.groupingBy(Credit::traineeId, Collectors.summingInt(Credit::amount)));
            return byId.entrySet().stream().collect(Collectors.toMap(e -> em.find(Account.class, e.getKey()).getEmail(),
                    Map.Entry::getValue));
        });
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            DemoPracticum demo = new DemoPracticum();
            demo.demo = DemoSwitch.on(CLOCK);
            Services services = Services.on(em, CLOCK);
            demo.accounts = services.accounts();
            demo.providers = services.providers();
            demo.placements = services.placements();
            demo.log = services.practicumLog();
            demo.review = services.logReview();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
