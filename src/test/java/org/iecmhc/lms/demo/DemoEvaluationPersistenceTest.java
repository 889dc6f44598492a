package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo evaluations on top of the demo cohorts and courses, once: submitted and recommended for every trainee who
 * completed "2024-2025", a draft for James, four answers for one current course and two for the other.
 */
class DemoEvaluationPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void evaluatesThePastCohortAndPartOfTheCurrentOneOnce() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK, Path.of("target", "demo-evaluation-files"));
                DemoSeeds.people(services);
                DemoSeeds.cohorts(services);
                DemoSeeds.courses(services);
                return null;
            });
            run(db);
            run(db);

            assertEquals(List.of("Ana", "Brian", "Chau", "Elena", "Grace"), db.inTransaction((EntityManager em) -> em.createQuery(
                    "select c.enrollment.trainee.firstName from CompetencyEvaluation c where c.enrollment.cohort.name = '2024-2025'"
                            + " and c.status = org.iecmhc.lms.evaluation.EvaluationStatus.SUBMITTED"
                            + " and c.recommendation = org.iecmhc.lms.evaluation.Recommendation.RECOMMENDED"
                            + " order by c.enrollment.trainee.firstName", String.class).getResultList()));
            assertEquals(List.of("James"), db.inTransaction((EntityManager em) -> em.createQuery(
                    "select c.enrollment.trainee.firstName from CompetencyEvaluation c where c.enrollment.cohort.name = '2025-2026'"
                            + " and c.status = org.iecmhc.lms.evaluation.EvaluationStatus.DRAFT", String.class).getResultList()));
            assertEquals(List.of(4L, 2L), db.inTransaction((EntityManager em) -> List.of(
                    receipts(em, DemoEvaluation.FIGURES_COURSE), receipts(em, DemoEvaluation.WAITING_COURSE))));
        }
    }

    private static long receipts(EntityManager em, String course) {
        return em.createQuery("select count(r) from CourseEvaluationReceipt r join r.course c where c.title = :t", Long.class)
                .setParameter("t", course).getSingleResult();
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            DemoEvaluation demo = new DemoEvaluation();
            demo.demo = DemoSwitch.on(CLOCK);
            demo.em = em;
            Services services = Services.on(em, CLOCK);
            demo.courseEvaluations = services.courseEvaluations();
            demo.competencies = services.competencyEvaluations();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }
}
