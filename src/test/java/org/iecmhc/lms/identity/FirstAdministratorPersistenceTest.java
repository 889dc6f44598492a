package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;

import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first administrator on an empty MariaDB database, with and without a configured password. */
class FirstAdministratorPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void withoutConfigurationAOneTimePasswordMustBeChangedAtFirstSignIn() {
        runFirstAdministrator(Optional.empty(), Optional.empty());
        Account admin = db.inTransaction(em -> Services.on(em, Clock.systemUTC()).accounts().findByEmail(FirstAdministrator.DEFAULT_EMAIL)).orElseThrow();
        assertTrue(admin.hasRole(Role.ADMINISTRATOR));
        assertTrue(admin.isPasswordChangeRequired());
    }

    @Test
    void theConfiguredAccountIsCreatedOnceAndAWeakPasswordIsNotUsed() {
        runFirstAdministrator(Optional.of("Director@Example.org"), Optional.of("a strong first password"));
        runFirstAdministrator(Optional.of("someone.else@example.org"), Optional.of("another strong password"));
        Accounts accounts = Services.on(db.entityManagerFactory().createEntityManager(), Clock.systemUTC()).accounts();
        assertEquals(1, accounts.countAll(), "only an empty database gets a first administrator");
        Account admin = accounts.findByEmail("director@example.org").orElseThrow();
        assertFalse(admin.isPasswordChangeRequired());
        assertTrue(hasher.matches("a strong first password", admin.getPasswordHash()));
    }

    @Test
    void aOneTimePasswordIsLongAndUnambiguous() {
        String password = FirstAdministrator.oneTimePassword();
        assertEquals(16, password.length());
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
    }

    private void runFirstAdministrator(Optional<String> email, Optional<String> password) {
        db.inTransaction(em -> {
            FirstAdministrator first = new FirstAdministrator();
            first.accounts = Services.on(em, Clock.systemUTC()).accounts();
            first.email = email;
            first.password = password;
            first.onDatabaseReady(null);
            return null;
        });
    }
}
