package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins through the identity store, as the API makes one at every call, against the real database: a repeated
 * right password costs no PBKDF2 derivation, and whatever changes the account counts at the very next call.
 */
class VerifiedCredentialsPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    /** The sign-ins' own hasher, so that its count holds their derivations only. */
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final VerifiedCredentials VERIFIED = new VerifiedCredentials(CLOCK);
    private static final String RIGHT = "the right password";
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void aSecondCallWithTheSameRightPasswordHashesNothing() {
        create("again@example.org", EnumSet.of(Role.FACULTY));

        assertEquals(new Call(SignInOutcome.Status.ACCEPTED, Set.of("FACULTY"), 1), call("again@example.org", RIGHT));
        assertEquals(new Call(SignInOutcome.Status.ACCEPTED, Set.of("FACULTY"), 0), call("again@example.org", RIGHT));
        assertEquals(0, call(" Again@Example.org", RIGHT).derivations(), "the email as any sign-in reads it");
        assertEquals(1, call("again@example.org", "another password").derivations(), "only the password remembered");

        CLOCK.advance(VerifiedCredentials.LIFETIME);
        assertEquals(1, call("again@example.org", RIGHT).derivations(), "checked again after five minutes");
        assertEquals(0, call("again@example.org", RIGHT).derivations());
    }

    @Test
    void aNewPasswordARemovedRoleAndADeactivationCountAtTheNextCall() {
        long id = create("changing@example.org", EnumSet.of(Role.ADMINISTRATOR, Role.TRAINEE)).getId();
        call("changing@example.org", RIGHT);
        assertEquals(0, call("changing@example.org", RIGHT).derivations());

        accounts(s -> s.changePassword("changing@example.org", RIGHT, "the person's own new one"));
        assertEquals(new Call(SignInOutcome.Status.WRONG_CREDENTIALS, Set.of(), 1), call("changing@example.org", RIGHT));
        assertEquals(SignInOutcome.Status.ACCEPTED, call("changing@example.org", "the person's own new one").status());

        update(id, EnumSet.of(Role.TRAINEE), null);
        assertEquals(new Call(SignInOutcome.Status.ACCEPTED, Set.of("TRAINEE"), 1),
                call("changing@example.org", "the person's own new one"), "the role removed counts now");
        assertEquals(0, call("changing@example.org", "the person's own new one").derivations());

        update(id, EnumSet.of(Role.TRAINEE), "a reset by an administrator");
        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS, call("changing@example.org", "the person's own new one").status());
        Call reset = call("changing@example.org", "a reset by an administrator");
        assertEquals(SignInOutcome.Status.ACCEPTED, reset.status());

        accounts(s -> { s.setActive(id, false); return null; });
        assertEquals(new Call(SignInOutcome.Status.INACTIVE, Set.of(), 1), call("changing@example.org", "a reset by an administrator"));
        assertEquals(1, call("changing@example.org", "a reset by an administrator").derivations(), "nor was it remembered");
        accounts(s -> { s.setActive(id, true); return null; });
        assertEquals(SignInOutcome.Status.ACCEPTED, call("changing@example.org", "a reset by an administrator").status());
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndFailedAttemptsAndLocksCountAsBefore() {
        create("guessed@example.org", EnumSet.of(Role.TRAINEE));
        call("guessed@example.org", RIGHT);

        assertEquals(new Call(SignInOutcome.Status.WRONG_CREDENTIALS, Set.of(), 1), call("guessed@example.org", "wrong"));
        assertEquals(new Call(SignInOutcome.Status.WRONG_CREDENTIALS, Set.of(), 1), call("guessed@example.org", "wrong"));
        assertEquals(new Call(SignInOutcome.Status.ACCEPTED, Set.of("TRAINEE"), 1), call("guessed@example.org", RIGHT),
                "after failed attempts the password is checked, which clears them");
        assertEquals(0, accounts(s -> s.findByEmail("guessed@example.org")).orElseThrow().getFailedAttempts());
        assertEquals(0, call("guessed@example.org", RIGHT).derivations());

        for (int attempt = 1; attempt <= Account.MAX_FAILED_ATTEMPTS; attempt++) {
            call("guessed@example.org", "wrong " + attempt);
        }
        assertEquals(new Call(SignInOutcome.Status.LOCKED, Set.of(), 1), call("guessed@example.org", RIGHT),
                "a lock holds against the remembered password too");
        CLOCK.advance(Account.LOCKOUT);
        assertEquals(SignInOutcome.Status.ACCEPTED, call("guessed@example.org", RIGHT).status());
        assertEquals(0, call("guessed@example.org", RIGHT).derivations());
    }

    /** What one sign-in gave, and how many PBKDF2 derivations it cost. */
    private record Call(SignInOutcome.Status status, Set<String> groups, long derivations) {
    }

    private static Call call(String email, String password) {
        long before = HASHER.derivations();
        return db.inTransaction((EntityManager em) -> {
            AccountIdentityStore store = new AccountIdentityStore();
            store.signIn = new SignIns(em, HASHER, CLOCK, new PasswordSignInPolicy(true));
            store.lastSignIn = new LastSignIn();
            store.verified = VERIFIED;
            CredentialValidationResult result = store.validate(new UsernamePasswordCredential(email, password));
            return new Call(store.lastSignIn.status(), result.getCallerGroups(), HASHER.derivations() - before);
        });
    }

    private static Account create(String email, Set<Role> roles) {
        return accounts(s -> s.create(new AccountDetails(email, "Api", "Client", Language.EN, EnumSet.copyOf(roles)),
                RIGHT, false));
    }

    private static void update(long id, Set<Role> roles, String password) {
        Account account = accounts(s -> s.find(id)).orElseThrow();
        accounts(s -> s.update(id, account.getVersion(), new AccountDetails(account.getEmail(), "Api", "Client",
                Language.EN, EnumSet.copyOf(roles)), password, true));
    }

    private static <T> T accounts(Function<Accounts, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).accounts()));
    }
}
