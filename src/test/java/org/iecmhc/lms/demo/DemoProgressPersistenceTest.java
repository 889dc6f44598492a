package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.completion.Completions;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.Progress;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A trainee's own progress, computed from their records only, is their row of the completion board, for every
 * trainee of the demo data (issue 17, point 3): every credit source hands over, for each trainee of each cohort,
 * exactly the cohort's credits of that trainee, and the progress of each followed enrollment, certificate included,
 * is the board's. Mid-year, so that the current cohort has attended, missed, pending and scheduled records.
 */
class DemoProgressPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-18T18:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMINISTRATOR = new Viewer(DemoPerson.ADMIN.email(), true);

    @Test
    void everyDemoTraineesOwnProgressIsTheirRowOfTheBoard() {
        try (TestDatabase db = TestDatabase.migrated()) {
            seed(db);
            List<Object[]> enrollments = db.inTransaction((EntityManager em) -> em.createQuery("select e.id, e.cohort.id,"
                    + " e.cohort.name, e.trainee.id, e.trainee.email, e.status from Enrollment e order by e.id", Object[].class)
                    .getResultList());
            assertTrue(enrollments.size() > 10, "the demo has its cohorts' trainees");
            int compared = db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                int progresses = 0;
                for (CreditSource source : sources(services)) {
                    for (Object[] e : enrollments) {
                        long cohort = (Long) e[1];
                        long trainee = (Long) e[3];
                        assertEquals(sorted(source.creditsIn(cohort).stream().filter(c -> c.traineeId() == trainee).toList()),
                                sorted(source.creditsOf(cohort, trainee)), source.getClass().getSimpleName() + " " + e[4]);
                    }
                }
                Completions completions = services.completion(sources(services));
                for (Object[] e : enrollments) {
                    Map<String, Progress> own = completions.progressesOf((String) e[4]);
                    Progress mine = own.get((String) e[2]);
                    if (e[5] == EnrollmentStatus.WITHDRAWN || mine.getEnrollmentId() != (Long) e[0]) {
                        continue;
                    }
                    Progress row = completions.board(ADMINISTRATOR, (Long) e[1]).orElseThrow().stream()
                            .filter(p -> p.getEnrollmentId() == (Long) e[0]).findFirst().orElseThrow();
                    assertEquals(row, mine, (String) e[4]);
                    progresses++;
                }
                return progresses;
            });
            assertTrue(compared > 10, "compared " + compared + " trainees' progress");
            assertTrue(db.inTransaction((EntityManager em) -> em.createQuery("select count(c) from Certificate c", Long.class)
                    .getSingleResult()) > 0, "some of them with a certificate");
        }
    }

    private static List<Credit> sorted(List<Credit> credits) {
        List<Credit> copy = new ArrayList<>(credits);
        copy.sort(Comparator.comparing(Credit::toString));
        return copy;
    }

    private static List<CreditSource> sources(Services services) {
        return List.of(services.courseCredits(), services.supervisionCredits(), services.practiceCredits(),
                services.practicumCredits(), services.finalEvaluationCredits());
    }

    /** The demos of every feature that counts toward completion, in their start-up order, then the certificates. */
    private static void seed(TestDatabase db) {
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK, Path.of("target", "demo-progress-files"));
            DemoSeeds.people(services);
            DemoSeeds.providers(services);
            DemoSeeds.cohorts(services);
            DemoSeeds.courses(services);
            return null;
        });
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoSupervision supervision = new DemoSupervision();
            supervision.demo = DemoSwitch.on(CLOCK);
            supervision.accounts = services.accounts();
            supervision.cohorts = services.cohorts();
            supervision.supervision = services.supervision();
            supervision.notes = services.notes();
            supervision.onDatabaseReady(new DatabaseReady());
            return null;
        });
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoPractice practice = new DemoPractice();
            practice.demo = DemoSwitch.on(CLOCK);
            practice.accounts = services.accounts();
            practice.communities = services.communities();
            practice.schedule = services.practiceSchedule();
            practice.register = services.practiceRegister();
            practice.onDatabaseReady(new DatabaseReady());
            return null;
        });
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoPracticum practicum = new DemoPracticum();
            practicum.demo = DemoSwitch.on(CLOCK);
            practicum.accounts = services.accounts();
            practicum.providers = services.providers();
            practicum.placements = services.placements();
            practicum.log = services.practicumLog();
            practicum.review = services.logReview();
            practicum.onDatabaseReady(new DatabaseReady());
            return null;
        });
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoEvaluation evaluation = new DemoEvaluation();
            evaluation.demo = DemoSwitch.on(CLOCK);
            evaluation.em = em;
            evaluation.courseEvaluations = services.courseEvaluations();
            evaluation.competencies = services.competencyEvaluations();
            evaluation.onDatabaseReady(new DatabaseReady());
            return null;
        });
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoCompletion completion = new DemoCompletion();
            completion.demo = DemoSwitch.on(CLOCK);
            completion.em = em;
            completion.completion = services.completion(sources(services));
            completion.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }
}
