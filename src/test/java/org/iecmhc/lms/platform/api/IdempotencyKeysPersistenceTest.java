package org.iecmhc.lms.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.iecmhc.lms.platform.api.IdempotencyKeys.Stored;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotency-Keys are claimed once per caller, keep their answer for 24 hours, and are freed when refused. */
class IdempotencyKeysPersistenceTest {

    private static final byte[] BODY = "{\"id\":7}".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

    private <T> T keys(Function<IdempotencyKeys, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, clock).idempotencyKeys()));
    }

    @Test
    void theFirstClaimWinsAndItsAnswerIsKeptForTheSameCaller() {
        assertEquals(Optional.empty(), keys(k -> k.claim("a@example.org", "key-1", "hash-1")));
        Stored pending = keys(k -> k.claim("a@example.org", "key-1", "hash-1")).orElseThrow();
        assertFalse(pending.answered(), "claimed, not answered yet");
        keys(k -> {
            k.answer("a@example.org", "key-1", 201, "application/json", "http://host/api/v1/cohorts/7", BODY);
            return null;
        });
        Stored answered = keys(k -> k.claim("a@example.org", "key-1", "hash-1")).orElseThrow();
        assertEquals(201, answered.status());
        assertEquals("hash-1", answered.requestHash());
        assertEquals("http://host/api/v1/cohorts/7", answered.location());
        assertArrayEquals(BODY, answered.body());
        assertEquals(Optional.empty(), keys(k -> k.claim("b@example.org", "key-1", "hash-2")),
                "another caller's key of the same name is another key");
    }

    @Test
    void aKeyIsForgottenAfter24HoursAndFreedWhenItsRequestWasRefused() {
        keys(k -> k.claim("a@example.org", "old", "hash-1"));
        keys(k -> {
            k.answer("a@example.org", "old", 204, null, null, null);
            return null;
        });
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertTrue(keys(k -> k.claim("a@example.org", "old", "hash-2")).isPresent(), "still kept");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), keys(k -> k.claim("a@example.org", "old", "hash-2")), "24 hours later");

        keys(k -> k.claim("a@example.org", "refused", "hash-1"));
        keys(k -> {
            k.release("a@example.org", "refused");
            return null;
        });
        assertEquals(Optional.empty(), keys(k -> k.claim("a@example.org", "refused", "hash-1")), "may be sent again");
    }

    @Test
    void twoClaimsOfTheSameNewKeyCannotBothInsertIt() {
        assertThrows(PersistenceException.class, () -> db.inTransaction((EntityManager em) -> {
            em.createNativeQuery("insert into api_idempotency_key (caller, idempotency_key, request_hash, created_at)"
                    + " values ('a@example.org', 'same', 'h', '2026-03-02 12:00:00')").executeUpdate();
            return Services.on(em, clock).idempotencyKeys().claim("a@example.org", "same", "h")
                    .map(found -> em.createNativeQuery("insert into api_idempotency_key (caller, idempotency_key,"
                            + " request_hash, created_at) values ('a@example.org', 'same', 'h', '2026-03-02 12:00:00')")
                            .executeUpdate()).orElseThrow();
        }));
    }
}
