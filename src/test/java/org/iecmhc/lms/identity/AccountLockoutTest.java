package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 2, 12, 0);

    private final Account account = new Account("maria@example.org", "María", "López", NOON);

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOON);
        }
        assertFalse(account.isLocked(NOON));
        account.recordFailedSignIn(NOON.plusSeconds(10));
        assertTrue(account.isLocked(NOON.plusSeconds(10)));
        assertTrue(account.isLocked(NOON.plusSeconds(10).plusMinutes(14).plusSeconds(59)));
        assertFalse(account.isLocked(NOON.plusSeconds(10).plusMinutes(15)));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOON);
        }
        account.recordSuccessfulSignIn();
        account.recordFailedSignIn(NOON);
        assertFalse(account.isLocked(NOON));
        assertEquals(1, account.getFailedAttempts());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOON);
        }
        LocalDateTime lockedUntil = account.getLockedUntil();
        account.recordFailedSignIn(NOON.plusMinutes(5));
        assertEquals(lockedUntil, account.getLockedUntil());
    }

    @Test
    void emailsAreStoredTrimmedAndInLowerCase() {
        assertEquals("maria.lopez@agency.ca.gov", new Account("  Maria.Lopez@Agency.CA.gov ", "a", "b", NOON).getEmail());
    }
}
