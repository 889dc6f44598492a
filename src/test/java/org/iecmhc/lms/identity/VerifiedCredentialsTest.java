package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.iecmhc.lms.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** The memory of accepted sign-ins alone: what it finds, for how long, and how many it keeps. */
class VerifiedCredentialsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(clock);

    @Test
    void findsTheSignInOnlyByTheSameEmailAndPassword() {
        SignInOutcome accepted = accepted("ana@example.org");
        verified.remember("Ana@Example.org ", "the password", accepted);

        assertEquals(accepted, verified.recall("ana@example.org", "the password").orElseThrow(), "emails as stored");
        assertTrue(verified.recall("ana@example.org", "the passwor").isEmpty());
        assertTrue(verified.recall("ana@example.org", "the password ").isEmpty());
        assertTrue(verified.recall("ben@example.org", "the password").isEmpty());
        verified.remember("ana@example.or", "gthe password", accepted("ana@example.or"));
        assertEquals(accepted, verified.recall("ana@example.org", "the password").orElseThrow(),
                "the same characters split otherwise are another entry");

        verified.forget("ana@example.org", "the password");
        assertTrue(verified.recall("ana@example.org", "the password").isEmpty());
    }

    @Test
    void keepsASignInForFiveMinutes() {
        verified.remember("ana@example.org", "the password", accepted("ana@example.org"));
        clock.advance(VerifiedCredentials.LIFETIME.minusSeconds(1));
        assertTrue(verified.recall("ana@example.org", "the password").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(verified.recall("ana@example.org", "the password").isEmpty());
        assertEquals(Duration.ofMinutes(5), VerifiedCredentials.LIFETIME);
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheOldestAndTheExpiredFirst() {
        for (int i = 0; i < VerifiedCredentials.CAPACITY + 10; i++) {
            verified.remember("person" + i + "@example.org", "the password", accepted("person" + i + "@example.org"));
        }
        assertEquals(VerifiedCredentials.CAPACITY, verified.size());
        assertTrue(verified.recall("person0@example.org", "the password").isEmpty(), "the oldest went first");
        assertTrue(verified.recall("person9@example.org", "the password").isEmpty());
        assertTrue(verified.recall("person10@example.org", "the password").isPresent());

        clock.advance(VerifiedCredentials.LIFETIME);
        verified.remember("late@example.org", "the password", accepted("late@example.org"));
        assertEquals(1, verified.size(), "the expired ones are dropped as a new one comes");
    }

    @Test
    void neverRemembersARefusal() {
        for (SignInOutcome.Status refused : Set.of(SignInOutcome.Status.WRONG_CREDENTIALS, SignInOutcome.Status.LOCKED,
                SignInOutcome.Status.INACTIVE)) {
            assertThrows(IllegalArgumentException.class,
                    () -> verified.remember("ana@example.org", "a password", SignInOutcome.refused(refused)));
        }
        assertEquals(0, verified.size());
    }

    private static SignInOutcome accepted(String email) {
        return new SignInOutcome(SignInOutcome.Status.ACCEPTED, email, Set.of(Role.TRAINEE), false, 1);
    }
}
