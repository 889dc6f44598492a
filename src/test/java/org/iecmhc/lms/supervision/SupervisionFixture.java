package org.iecmhc.lms.supervision;

import java.time.Instant;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;

/** The supervision feature's tests: its clock, and its services over one transaction of a test database. */
final class SupervisionFixture {

    /** 2026-03-10 09:00 in California. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T16:00:00Z"));

    private SupervisionFixture() {
    }

    static <T> T inTransaction(TestDatabase db, Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }
}
