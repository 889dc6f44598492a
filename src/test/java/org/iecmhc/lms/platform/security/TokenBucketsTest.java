package org.iecmhc.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final TokenBuckets limits = new TokenBuckets(3, 6, now::get);

    @Test
    void aClientMayBurstUpToTheLimitAndIsThenToldHowLongToWait() {
        assertEquals(0, limits.take("a"));
        assertEquals(0, limits.take("a"));
        assertEquals(0, limits.take("a"));
        assertEquals(10, limits.take("a"), "six a minute: one token every ten seconds");
        assertEquals(10, limits.waitFor("a"));
    }

    @Test
    void tokensComeBackOverTimeButNeverAboveTheBurst() {
        for (int i = 0; i < 3; i++) {
            limits.take("a");
        }
        now.addAndGet(4 * SECOND);
        assertEquals(6, limits.take("a"), "a refused request takes nothing");
        now.addAndGet(6 * SECOND);
        assertEquals(0, limits.take("a"));
        assertTrue(limits.take("a") > 0);
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limits.take("a"));
        }
        assertTrue(limits.take("a") > 0, "an hour of quiet still gives only the burst");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limits.take("a");
        }
        assertTrue(limits.take("a") > 0);
        assertEquals(0, limits.take("b"));
        assertEquals(0, limits.waitFor("never-seen"));
    }

    @Test
    void theWaitIsAlwaysAtLeastOneSecond() {
        TokenBuckets fast = new TokenBuckets(1, 6000, now::get);
        fast.take("a");
        assertEquals(1, fast.take("a"), "Retry-After counts whole seconds");
    }

    @Test
    void aLimitOfZeroIsRefusedAsASetting() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(10, 0));
    }
}
