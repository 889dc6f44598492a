package org.iecmhc.lms.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A job's lease is held by one instance at a time, on the real database that the instances share. */
class LeasesPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

    private boolean take(String job, String holder, Duration duration) {
        return db.inTransaction(em -> new Leases(em, clock).take(job, holder, duration));
    }

    private boolean takeUntil(String job, String holder, LocalDateTime until) {
        return db.inTransaction(em -> new Leases(em, clock).takeUntil(job, holder, until));
    }

    @Test
    void anotherInstanceGetsTheLeaseOnlyWhenItExpiredOrWasReleased() {
        assertTrue(take("digest", "a", Duration.ofMinutes(2)), "a free lease");
        assertFalse(take("digest", "b", Duration.ofMinutes(2)), "held by a");
        assertTrue(take("reminders", "b", Duration.ofMinutes(2)), "another job's lease is another row");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(take("digest", "a", Duration.ofMinutes(2)), "renewed by its holder");
        clock.advance(Duration.ofMinutes(1).plusSeconds(59));
        assertFalse(take("digest", "b", Duration.ofMinutes(2)), "the renewal counts from its own time");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(take("digest", "b", Duration.ofMinutes(2)), "expired");
        assertFalse(take("digest", "a", Duration.ofMinutes(2)));

        db.inTransaction(em -> {
            new Leases(em, clock).release("digest", "a");
            return null;
        });
        assertFalse(take("digest", "a", Duration.ofMinutes(2)), "only the holder can release it");
        db.inTransaction(em -> {
            new Leases(em, clock).release("digest", "b");
            return null;
        });
        assertTrue(take("digest", "a", Duration.ofMinutes(2)), "released early");
    }

    @Test
    void aJobDueOncePerPeriodRunsOnceHoweverManyInstancesAskInThatPeriod() {
        LocalDateTime endOfDay = LocalDateTime.parse("2026-03-03T00:00:00");
        assertTrue(takeUntil("digest:2026-03-02", "a", endOfDay));
        clock.advance(Duration.ofHours(3));
        assertFalse(takeUntil("digest:2026-03-02", "b", endOfDay));
    }

    @Test
    void eightInstancesAskingForANewLeaseAtOnceGiveItToOne() throws Exception {
        ExecutorService cluster = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> asks = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String holder = "instance-" + i;
                asks.add(cluster.submit((Callable<Boolean>) () -> take("outbox-sender", holder, Duration.ofMinutes(2))));
            }
            int winners = 0;
            for (Future<Boolean> ask : asks) {
                winners += ask.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            cluster.shutdownNow();
        }
    }
}
