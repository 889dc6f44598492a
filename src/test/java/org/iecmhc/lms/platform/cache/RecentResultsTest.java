package org.iecmhc.lms.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Results kept for their lifetime, recomputed on demand, and never more of them than the capacity. */
class RecentResultsTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-12-07T17:00:00Z");

    private final AtomicInteger computations = new AtomicInteger();
    private final RecentResults<String, String> recent = new RecentResults<>(3, LIFETIME);

    @Test
    void aResultIsComputedOnceForItsLifetimeAndAgainAfter() {
        assertEquals("default range #1", recent.get("default range", NOW, counted("default range")));
        assertEquals("default range #1", recent.get("default range", NOW.plus(LIFETIME).minusMillis(1), counted("default range")));
        assertEquals(1, computations.get());

        assertEquals("default range #2", recent.get("default range", NOW.plus(LIFETIME), counted("default range")));
        assertEquals("default range #2", recent.get("default range", NOW.plus(LIFETIME).plusSeconds(1), counted("default range")));
        assertEquals(2, computations.get());
    }

    @Test
    void aRecomputedResultReplacesTheOneBeforeAndStartsItsOwnLifetime() {
        recent.get("default range", NOW, counted("default range"));
        Instant later = NOW.plusSeconds(60);
        assertEquals("default range #2", recent.recompute("default range", later, counted("default range")));
        assertEquals("default range #2", recent.get("default range", later.plus(LIFETIME).minusMillis(1), counted("default range")));
        assertEquals(2, computations.get());
        assertEquals(1, recent.size());
    }

    @Test
    void aForgottenResultIsComputedAgainAtTheNextReadAndTheOtherKeysKeepTheirs() {
        recent.get("en", NOW, counted("en"));
        recent.get("es", NOW, counted("es"));
        recent.forget("en");
        assertEquals("en #3", recent.get("en", NOW, counted("en")));
        assertEquals("es #2", recent.get("es", NOW, counted("es")));
        assertEquals(3, computations.get());
    }

    @Test
    void keysAreKeptApart() {
        assertEquals("en #1", recent.get("en", NOW, counted("en")));
        assertEquals("es #2", recent.get("es", NOW, counted("es")));
        assertEquals("en #1", recent.get("en", NOW, counted("en")));
        assertEquals("es #2", recent.get("es", NOW, counted("es")));
        assertEquals(2, computations.get());
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyReadResultIsDropped() {
        recent.get("a", NOW, counted("a"));
        recent.get("b", NOW, counted("b"));
        recent.get("c", NOW, counted("c"));
        recent.get("a", NOW, counted("a"));
        recent.get("d", NOW, counted("d"));
        assertEquals(3, recent.size());
        assertEquals(4, computations.get());

        assertEquals("a #1", recent.get("a", NOW, counted("a")), "read last before d came, so kept");
        assertEquals("b #5", recent.get("b", NOW, counted("b")), "the least recently read went first");
        assertEquals(3, recent.size());
    }

    private Supplier<String> counted(String key) {
        return () -> key + " #" + computations.incrementAndGet();
    }
}
