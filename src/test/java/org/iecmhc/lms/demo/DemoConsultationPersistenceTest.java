package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The demo year of consultation: both demo consultants, activity logs, the older assignments closed with a survey. */
class DemoConsultationPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void aYearOfAssignmentsCreatedOnce() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                DemoSeeds.people(services);
                DemoSeeds.providers(services);
                return null;
            });
            run(db);
            run(db);
            assertEquals(12L, count(db, "select count(c) from ConsultationAssignment c"), "created once");
            assertEquals(2L, count(db, "select count(distinct c.consultant) from ConsultationAssignment c"));
            assertEquals(9L, count(db, "select count(c) from ConsultationAssignment c where c.status ="
                    + " org.iecmhc.lms.consultation.AssignmentStatus.CLOSED and c.survey.rating is not null"));
            for (String respondent : new String[] {"PARTICIPANT", "STAFF"}) {
                assertTrue(count(db, "select count(c) from ConsultationAssignment c where c.survey.answeredBy ="
                        + " org.iecmhc.lms.survey.Respondent." + respondent) > 0, "answers given by " + respondent);
            }
            assertTrue(count(db, "select count(a) from ConsultationActivity a") > 100, "weekly activities for a year");
            assertEquals(0L, count(db, "select count(a) from ConsultationActivity a where a.heldOn > :today"
                    .replace(":today", "{d '2026-01-15'}")), "nothing in the future");
        }
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoConsultation demo = new DemoConsultation();
            demo.demo = DemoSwitch.on(CLOCK);
            demo.accounts = services.accounts();
            demo.providers = services.providers();
            demo.assignments = services.consultation();
            demo.surveys = services.consultationSurveys();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
