package org.iecmhc.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The demo courses appear only in the demo cohort, once, with handed-in and graded work of enrolled demo trainees. */
class DemoCoursesPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void fillsTheDemoCohortOnceAndNothingElse() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                DemoSeeds.people(Services.on(em, CLOCK));
                return null;
            });
            run(db);
            assertEquals(0L, count(db, "select count(c) from Course c"), "without the demo cohort nothing is created");

            db.inTransaction(em -> {
                Cohort cohort = new Cohort(DemoYears.at(CLOCK).currentName(), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
                        InstructionLanguage.BILINGUAL, 30);
                em.persist(cohort);
                for (DemoPerson trainee : new DemoPerson[] {DemoPerson.TRAINEE, DemoPerson.TRAINEE_EN}) {
                    Account account = em.createQuery("select a from Account a where a.email = :e", Account.class)
                            .setParameter("e", trainee.email()).getSingleResult();
                    em.persist(new Enrollment(cohort, account, EnrollmentStatus.ENROLLED, LocalDate.of(2025, 9, 1)));
                }
                return null;
            });
            run(db);
            run(db);
            assertEquals(2L, count(db, "select count(c) from Course c"), "created once");
            assertEquals(4L, count(db, "select count(a) from Assignment a"));
            assertEquals(4L, count(db, "select count(s) from Submission s"));
            assertEquals(1L, count(db, "select count(s) from Submission s where s.status = org.iecmhc.lms.course.SubmissionStatus.RETURNED"));
            assertEquals(2L, count(db, "select count(s) from Submission s where s.status = org.iecmhc.lms.course.SubmissionStatus.GRADED"));
        }
    }

    @Test
    void thePastCohortGetsTheRequiredCourseItsCompletersPassedAndNoWorkOfOthers() {
        try (TestDatabase db = TestDatabase.migrated()) {
            db.inTransaction(em -> {
                DemoSeeds.people(Services.on(em, CLOCK));
                DemoYears years = DemoYears.at(CLOCK);
                Cohort past = new Cohort(years.pastName(), years.pastStart(), years.pastEnd(), InstructionLanguage.BILINGUAL, 30);
                em.persist(past);
                em.persist(new Enrollment(past, account(em, DemoPerson.TRAINEE), EnrollmentStatus.COMPLETED, years.pastStart()));
                em.persist(new Enrollment(past, account(em, DemoPerson.TRAINEE_EN), EnrollmentStatus.WITHDRAWN, years.pastStart()));
                return null;
            });
            run(db);
            run(db);
            assertEquals(1L, count(db, "select count(c) from Course c where c.required = true"), "one required course, once");
            assertEquals(1L, count(db, "select count(s) from Submission s where s.status = org.iecmhc.lms.course.SubmissionStatus.GRADED"
                    + " and s.trainee.email = '" + DemoPerson.TRAINEE.email() + "' and s.points = s.assignment.maxPoints"),
                    "the completer passed it");
            assertEquals(1L, count(db, "select count(s) from Submission s"), "nothing for the trainee who withdrew");
        }
    }

    private static Account account(EntityManager em, DemoPerson person) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", person.email()).getSingleResult();
    }

    private static void run(TestDatabase db) {
        db.inTransaction(em -> {
            DemoSeeds.courses(Services.on(em, CLOCK, Path.of("target", "demo-files")));
            return null;
        });
    }

    private static long count(TestDatabase db, String jpql) {
        return db.inTransaction((EntityManager em) -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
