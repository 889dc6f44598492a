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

/** The demo series are created once, by the demo consultants, with attendance only at sessions already held. */
class DemoSupportPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void fourSeriesOnceWithAttendanceAndSurveys() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                DemoSeeds.people(services);
                DemoSeeds.providers(services);
                return null;
            });
            run(db);
            run(db);
            assertEquals(4L, count(db, "select count(s) from SupportSeries s"), "created once");
            assertEquals(24L, count(db, "select count(s) from SupportSession s"));
            assertEquals(2L, count(db, "select count(s) from SupportSeries s where s.language = org.iecmhc.lms.provider.ServiceLanguage.ES"
                    + " and s.facilitator.email = '" + DemoData.DemoPerson.CONSULTANT.email() + "'"));
            assertEquals(0L, count(db, "select count(a) from SupportAttendance a where a.session.slot.startsAt > {ts '2026-01-15 18:00:00'}"),
                    "no attendance at sessions still to come");
            assertTrue(count(db, "select count(a) from SupportAttendance a") > 0);
            assertTrue(count(db, "select count(e) from SupportEnrollment e where e.survey.rating is not null") > 0);
            assertEquals(0L, count(db, "select count(e) from SupportEnrollment e where e.survey.quotable = true and e.survey.consentToQuote = false"));
            for (String respondent : new String[] {"PARTICIPANT", "STAFF"}) {
                assertTrue(count(db, "select count(e) from SupportEnrollment e where e.survey.answeredBy ="
                        + " org.iecmhc.lms.survey.Respondent." + respondent) > 0, "answers given by " + respondent);
            }
        }
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            DemoSupport demo = new DemoSupport();
            demo.demo = DemoSwitch.on(CLOCK);
            demo.accounts = services.accounts();
            demo.providers = services.providers();
            demo.communities = services.support();
            demo.surveys = services.supportSurveys();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
