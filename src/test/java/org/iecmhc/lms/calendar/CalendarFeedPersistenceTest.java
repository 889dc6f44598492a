package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who a feed token opens, against the real MariaDB/MySQL server. */
class CalendarFeedPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void aDeactivatedPersonsFeedStopsAnsweringAndAnswersAgainWhenReactivated() {
        Account created = db.inTransaction((EntityManager em) -> Services.on(em, CLOCK).accounts()
                .create(new AccountDetails("leaving@feed.example.org", "Lee", "Leaving", Language.EN,
                        EnumSet.of(Role.TRAINEE)), "long enough password", false));
        long id = created.getId();
        String token = calendar(c -> c.feedToken(id));
        assertEquals(Optional.of(id), calendar(c -> c.feedOwner(token)).map(Account::getId));

        db.inTransaction((EntityManager em) -> {
            Services.on(em, CLOCK).accounts().setActive(id, false);
            return null;
        });
        assertTrue(calendar(c -> c.feedOwner(token)).isEmpty(), "a calendar program keeps no access of its own");

        db.inTransaction((EntityManager em) -> {
            Services.on(em, CLOCK).accounts().setActive(id, true);
            return null;
        });
        assertEquals(Optional.of(id), calendar(c -> c.feedOwner(token)).map(Account::getId), "the same address again");
    }

    private static <T> T calendar(Function<PersonalCalendar, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new PersonalCalendar(null, em, CLOCK)));
    }
}
