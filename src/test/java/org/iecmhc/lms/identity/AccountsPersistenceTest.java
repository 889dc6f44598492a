package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Account queries and rules against the real MariaDB/MySQL server, in a database of the test's own. */
class AccountsPersistenceTest {

    private static TestDatabase db;
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

    @BeforeAll
    static void createAccounts() {
        db = TestDatabase.migrated();
        String[][] people = {
                {"ana.ruiz@seed.example.org", "Ana", "Ruiz"}, {"ben.ng@seed.example.org", "Ben", "Ng"},
                {"carla.diaz@seed.example.org", "Carla", "Díaz"}, {"dan.ortiz@seed.example.org", "Dan", "Ortiz"},
                {"eva.perez@seed.example.org", "Eva", "Pérez"}, {"fred.ruiz@seed.example.org", "Fred", "Ruiz"},
                {"percent%sign@seed.example.org", "Under_score", "Literal"}};
        for (String[] person : people) {
            accounts(service -> service.create(details(person[0], person[1], person[2]), "long enough password", false));
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void searchesNameAndEmailCaseInsensitivelyAndPagesInOrder() {
        List<Account> ruiz = accounts(s -> s.search("RUIZ", 0, 10, AccountSort.FIRST_NAME, true));
        assertEquals(List.of("Ana", "Fred"), ruiz.stream().map(Account::getFirstName).toList());
        assertEquals(2L, (long) accounts(s -> s.countMatching("ruiz")));
        assertEquals(1L, (long) accounts(s -> s.countMatching("ana ruiz")), "full name matches");

        List<Account> secondPage = accounts(s -> s.search("seed.example", 2, 2, AccountSort.EMAIL, true));
        assertEquals(List.of("carla.diaz@seed.example.org", "dan.ortiz@seed.example.org"),
                secondPage.stream().map(Account::getEmail).toList());
        List<Account> descending = accounts(s -> s.search("seed.example", 0, 1, AccountSort.EMAIL, false));
        assertEquals("percent%sign@seed.example.org", descending.get(0).getEmail());
        assertEquals((long) accounts(Accounts::countAll), (long) accounts(s -> s.countMatching(" ")),
                "a blank search lists everyone");
    }

    @Test
    void wildcardsTypedInTheSearchAreTakenLiterally() {
        assertEquals(1L, (long) accounts(s -> s.countMatching("%")));
        assertEquals(1L, (long) accounts(s -> s.countMatching("under_")));
        assertEquals(0L, (long) accounts(s -> s.countMatching("n_g")));
    }

    @Test
    void refusesADuplicateEmailWhateverItsCaseAndStoresNothing() {
        long before = (long) accounts(Accounts::countAll);
        AccountRejected rejected = assertThrows(AccountRejected.class, () -> accounts(
                s -> s.create(details(" ANA.RUIZ@seed.example.org", "Other", "Person"), "long enough password", false)));
        assertEquals("email", rejected.field());
        assertEquals("account.email.taken", rejected.messageKey());
        assertEquals(before, (long) accounts(Accounts::countAll));
    }

    @Test
    void refusesAWeakPasswordAndAMalformedEmailAtTheirFields() {
        AccountRejected weak = assertThrows(AccountRejected.class,
                () -> accounts(s -> s.create(details("new@example.org", "New", "Person"), "short", false)));
        assertEquals("password", weak.field());
        AccountRejected malformed = assertThrows(AccountRejected.class,
                () -> accounts(s -> s.create(details("not-an-email", "New", "Person"), "long enough password", false)));
        assertEquals("email", malformed.field());
        AccountRejected both = assertThrows(AccountRejected.class,
                () -> accounts(s -> s.create(details("not-an-email", "New", "Person"), "short", false)));
        assertEquals("email", both.field(), "the email first, as the form shows it first");
        assertTrue(accounts(s -> s.findByEmail("new@example.org")).isEmpty());
    }

    @Test
    void anUpdateBasedOnAnOlderVersionIsRefused() {
        Account created = accounts(s -> s.create(details("versioned@example.org", "Vera", "Sion"), "long enough password", false));
        long staleVersion = created.getVersion();
        accounts(s -> s.update(created.getId(), staleVersion, details("versioned@example.org", "Vera", "Changed"), null, true));
        assertThrows(RecordChangedMeanwhile.class, () -> accounts(
                s -> s.update(created.getId(), staleVersion, details("versioned@example.org", "Vera", "Lost"), null, true)));
        assertEquals("Changed", accounts(s -> s.find(created.getId())).orElseThrow().getLastName());
    }

    @Test
    void rolesAndLanguageAreStored() {
        AccountDetails details = new AccountDetails("multi@example.org", "Mul", "Ti", Language.ES,
                EnumSet.of(Role.FACULTY, Role.CONSULTANT));
        accounts(s -> s.create(details, "long enough password", true));
        Account stored = accounts(s -> s.findByEmail("MULTI@example.org")).orElseThrow();
        assertEquals(EnumSet.of(Role.FACULTY, Role.CONSULTANT), EnumSet.copyOf(stored.getRoles()));
        assertEquals(Language.ES, stored.getPreferredLanguage());
        assertTrue(stored.isPasswordChangeRequired());
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        accounts(s -> s.create(details("changer@example.org", "Chan", "Ger"), "the first password", true));
        AccountRejected wrong = assertThrows(AccountRejected.class,
                () -> accounts(s -> { s.changePassword("changer@example.org", "not the password", "the second password"); return null; }));
        assertEquals("current", wrong.field());
        accounts(s -> { s.changePassword("changer@example.org", "the first password", "the second password"); return null; });
        SignInOutcome outcome = signIn(s -> s.verify("changer@example.org", "the second password"));
        assertEquals(SignInOutcome.Status.ACCEPTED, outcome.status());
        assertTrue(!accounts(s -> s.findByEmail("changer@example.org")).orElseThrow().isPasswordChangeRequired());
    }

    @Test
    void thePersonHearsOfChangesToTheirAccountAndANewAddressIsToldAtTheOldOne() {
        Account created = accounts(s -> s.create(details("told@example.org", "Tol", "D"), "the first password", false));
        accounts(s -> s.update(created.getId(), created.getVersion(), new AccountDetails("told.new@example.org", "Tol", "D",
                Language.EN, EnumSet.of(Role.TRAINEE, Role.FACULTY)), "a password set for them", true));
        accounts(s -> { s.changePassword("told.new@example.org", "a password set for them", "their very own password");
            return null; });

        List<String> told = db.inTransaction((EntityManager em) -> Services.on(em, CLOCK).notifications()
                .page("told.new@example.org", 0, 10).rows().stream().map(n -> n.text(java.util.Locale.ENGLISH)).toList());
        assertEquals(List.of("Your password was changed. If it was not you, ask for a new password at once.",
                "Your roles in the application changed: what you can open may be different now.",
                "The e-mail address of your account was changed to told.new@example.org. If you did not ask for this, tell"
                        + " the Network administrators at once.",
                "An administrator set a new password for your account. You must change it at your next sign-in."), told);
        assertEquals(List.of("told@example.org", "told@example.org", "told.new@example.org", "told.new@example.org"),
                db.inTransaction((EntityManager em) -> em.createQuery("select m.recipient from OutboxMail m"
                        + " where m.recipient like 'told%' order by m.id", String.class).getResultList()),
                "mailed at once; the new password and the new address are told at the address the person had");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() {
        accounts(s -> s.create(details("locked@example.org", "Lock", "Ed"), "the right password", false));
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS, signIn(s -> s.verify("locked@example.org", "wrong")).status());
        }
        assertEquals(SignInOutcome.Status.LOCKED, signIn(s -> s.verify("locked@example.org", "wrong")).status());
        assertEquals(SignInOutcome.Status.LOCKED, signIn(s -> s.verify("locked@example.org", "the right password")).status());
        CLOCK.advance(java.time.Duration.ofMinutes(15));
        assertEquals(SignInOutcome.Status.ACCEPTED, signIn(s -> s.verify("locked@example.org", "the right password")).status());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        Account account = accounts(s -> s.create(details("gone@example.org", "Gone", "Away"), "the right password", false));
        accounts(s -> { s.setActive(account.getId(), false); return null; });
        assertEquals(SignInOutcome.Status.INACTIVE, signIn(s -> s.verify("gone@example.org", "the right password")).status());
        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS, signIn(s -> s.verify("nobody@example.org", "the right password")).status());
    }

    @Test
    void anUnknownEmailAndALockedAccountCostAHashLikeAWrongPasswordSoTimeTellsNothing() {
        accounts(s -> s.create(details("timed@example.org", "Tim", "Ed"), "the right password", false));
        CountingHasher hasher = new CountingHasher();
        Function<String, SignInOutcome> attempt = email -> db.inTransaction(
                (EntityManager em) -> new SignIns(em, hasher, CLOCK, new PasswordSignInPolicy(true)).verify(email, "a wrong password"));

        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS, attempt.apply("no.such.person@example.org").status());
        assertEquals(1, hasher.checks, "an unknown email is checked against a dummy hash");
        for (int i = 0; i < 5; i++) {
            attempt.apply("timed@example.org");
        }
        assertEquals(6, hasher.checks);
        assertEquals(SignInOutcome.Status.LOCKED, attempt.apply("timed@example.org").status());
        assertEquals(7, hasher.checks, "a locked account's password is hashed too");
        assertEquals(HASHER.unknownAccountHash(), HASHER.unknownAccountHash(), "made once");
        assertTrue(HASHER.unknownAccountHash().startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"),
                "as costly as a real one");
    }

    @Test
    void theSecurityStampRisesWithEveryChangeOfRightsAndNotWithANameOrLanguage() {
        Account created = accounts(s -> s.create(details("stamped@example.org", "Stam", "Ped"), "the first password", false));
        long id = created.getId();
        long first = stamp("stamped@example.org");

        long version = accounts(s -> s.find(id)).orElseThrow().getVersion();
        accounts(s -> s.update(id, version, new AccountDetails("stamped@example.org", "Renamed", "Ped", Language.ES,
                EnumSet.of(Role.TRAINEE)), null, true));
        assertEquals(first, stamp("stamped@example.org"), "a new name or language leaves sessions alone");

        long roles = updated(id, details("stamped@example.org", "Renamed", "Ped"), EnumSet.of(Role.FACULTY), null);
        assertTrue(roles > first, "a role change");
        long reset = updated(id, details("stamped@example.org", "Renamed", "Ped"), EnumSet.of(Role.FACULTY),
                "a password set by an administrator");
        assertTrue(reset > roles, "an administrator's password reset");
        long own = accounts(s -> s.changePassword("stamped@example.org", "a password set by an administrator",
                "my very own password"));
        assertTrue(own > reset, "the person's own new password");
        assertEquals(own, stamp("stamped@example.org"), "the stamp the changing session keeps is the stored one");

        accounts(s -> { s.setActive(id, false); return null; });
        assertTrue(stamps(s -> s.current("stamped@example.org")).isEmpty(), "a deactivated account has no sessions");
        accounts(s -> { s.setActive(id, true); return null; });
        assertTrue(stamp("stamped@example.org") > own, "reactivating does not bring back the old sessions");
        assertTrue(stamps(s -> s.current("nobody@example.org")).isEmpty());
    }

    @Test
    void anInvitedPersonsAccountCostsNoDerivationAndNoPasswordOpensIt() {
        PasswordHasher own = new PasswordHasher();
        String unknowable = own.unknownAccountHash();
        long before = own.derivations();
        Account invited = db.inTransaction((EntityManager em) -> {
            Accounts accounts = Services.on(em, CLOCK).accounts();
            accounts.hasher = own;
            return accounts.createWithoutKnownPassword(details("invited@example.org", "In", "Vited"));
        });
        assertEquals(before, own.derivations(), "inviting hashes no password");
        assertEquals(unknowable, invited.getPasswordHash());
        assertTrue(invited.isPasswordChangeRequired());
        assertThrows(AccountRejected.class, () -> accounts(s -> s.createWithoutKnownPassword(
                details("INVITED@example.org", "Again", "Vited"))), "an email already taken is refused as by create");
    }

    private static long updated(long id, AccountDetails details, EnumSet<Role> roles, String password) {
        long version = accounts(s -> s.find(id)).orElseThrow().getVersion();
        AccountDetails withRoles = new AccountDetails(details.email(), details.firstName(), details.lastName(),
                details.language(), roles);
        accounts(s -> s.update(id, version, withRoles, password, true));
        return stamp(details.email());
    }

    private static long stamp(String email) {
        return stamps(s -> s.current(email)).orElseThrow().value();
    }

    private static <T> T stamps(Function<AccountSecurityStamps, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).securityStamps()));
    }

    /** Counts the passwords checked, to see that a refusal did hash one. */
    private static final class CountingHasher extends PasswordHasher {

        private int checks;

        @Override
        public boolean matches(String password, String stored) {
            checks++;
            return super.matches(password, stored);
        }
    }

    private static AccountDetails details(String email, String first, String last) {
        return new AccountDetails(email, first, last, Language.EN, EnumSet.of(Role.TRAINEE));
    }

    private static <T> T accounts(Function<Accounts, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).accounts()));
    }

    private static <T> T signIn(Function<SignIns, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).signIns()));
    }
}
