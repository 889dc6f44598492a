package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo Community of Practice series are created once: the closed cohort's completed trainees attended all six
 * meetings, and the current cohort has meetings held with attendance and meetings still to come.
 */
class DemoPracticePersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void threeSeriesOnceWithFullAttendanceForTheCompletedTrainees() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                Services services = Services.on(em, CLOCK);
                DemoSeeds.people(services);
                DemoSeeds.cohorts(services);
                return null;
            });
            run(db);
            run(db);
            assertEquals(3L, count(db, "select count(s) from PracticeSeries s"), "created once");
            assertEquals(18L, count(db, "select count(m) from PracticeMeeting m"));

            long past = count(db, "select c.id from Cohort c where c.name = '2024-2025'");
            List<Credit> closed = db.inTransaction((EntityManager em) -> Services.on(em, CLOCK).practiceCredits().creditsIn(past));
            assertEquals(30, closed.size(), "five completed trainees, six meetings each");
            assertTrue(closed.stream().allMatch(c -> c.state() == CreditState.EARNED));

            assertEquals(0L, count(db, "select count(a) from MeetingAttendance a where a.meeting.slot.startsAt > {ts '2026-01-15 18:00:00'}"),
                    "no attendance at meetings still to come");
            assertEquals(2L, count(db, "select count(m) from PracticeMeeting m where m.slot.startsAt > {ts '2026-01-15 18:00:00'}"
                    + " and m.slot.startsAt < {ts '2026-02-15 00:00:00'}"), "both groups meet in the next weeks");
            for (DemoData.DemoPerson trainee : new DemoData.DemoPerson[] {DemoData.DemoPerson.TRAINEE, DemoData.DemoPerson.TRAINEE_EN}) {
                assertTrue(count(db, "select count(a) from MeetingAttendance a where a.status = org.iecmhc.lms.community.Attendance.PRESENT"
                        + " and a.trainee.email = '" + trainee.email() + "'") >= 2, trainee.email());
            }
        }
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            DemoPractice demo = new DemoPractice();
            demo.demo = DemoSwitch.on(CLOCK);
            Services services = Services.on(em, CLOCK);
            demo.accounts = services.accounts();
            demo.communities = services.communities();
            demo.schedule = services.practiceSchedule();
            demo.register = services.practiceRegister();
            demo.onDatabaseReady(new DatabaseReady());
            return null;
        });
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
