package org.iecmhc.lms.supervision;

import java.time.Instant;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortService;
import org.iecmhc.lms.cohort.EnrollmentService;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;

/** The supervision feature's services wired by hand over one transaction of a test database, as CDI would wire them. */
final class SupervisionFixture {

    /** 2026-03-10 09:00 in California. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T16:00:00Z"));
    private static final PasswordHasher HASHER = new PasswordHasher();

    record Services(EntityManager em, AccountService accounts, CohortService cohorts, EnrollmentService enrollments,
                    ReflectiveSupervision supervision, SessionNotes notes, SupervisionCredits credits,
                    SupervisionCalendar calendar, CohortSupervisors cohortSupervisors) {
    }

    private SupervisionFixture() {
    }

    static <T> T inTransaction(TestDatabase db, Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> {
            AccountService accounts = new AccountService(em, HASHER, CLOCK);
            CohortService cohorts = new CohortService(em);
            CohortSupervisors cohortSupervisors = new CohortSupervisors(em, accounts);
            return work.apply(new Services(em, accounts, cohorts, new EnrollmentService(em, accounts, cohorts, CLOCK),
                    new ReflectiveSupervision(em, accounts, cohortSupervisors), new SessionNotes(em, accounts, CLOCK),
                    new SupervisionCredits(em), new SupervisionCalendar(em), cohortSupervisors));
        });
    }
}
