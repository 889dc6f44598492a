package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.sso.SsoRefusal;
import org.iecmhc.lms.identity.sso.SsoSignIns;
import org.iecmhc.lms.identity.sso.VerifiedIdentity;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password sign-in switched off for one account or for everyone, and who single sign-on admits, against the real
 * MariaDB/MySQL server.
 */
class PasswordSignInPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-09-01T16:00:00Z"));
    private static final String PASSWORD = "a long enough password";

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void anAccountWithoutPasswordSignInIsToldSoOnlyAfterItsRightPasswordAndItsSessionsEnd() {
        Account account = create("sso.only@example.org");
        long stampBefore = account.getSecurityStamp();
        setPasswordSignIn(account.getId(), false);

        Account after = in(s -> s.accounts().find(account.getId())).orElseThrow();
        assertTrue(!after.isPasswordSignIn() && after.getSecurityStamp() > stampBefore,
                "the password no longer opens what it opened: sessions and remembered API sign-ins end");
        assertEquals(SignInOutcome.Status.PASSWORD_SIGN_IN_OFF, in(s -> s.signIns().verify("sso.only@example.org", PASSWORD)).status());
        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS,
                in(s -> s.signIns().verify("sso.only@example.org", "not the password")).status(),
                "a wrong password learns nothing about the account");

        setPasswordSignIn(account.getId(), true);
        assertEquals(SignInOutcome.Status.ACCEPTED, in(s -> s.signIns().verify("sso.only@example.org", PASSWORD)).status());
    }

    @Test
    void forgotPasswordSendsNothingToAnAccountWithoutPasswordSignIn() {
        Account account = create("no.reset@example.org");
        setPasswordSignIn(account.getId(), false);
        long mailsBefore = mailCount();
        in(s -> {
            s.passwordResets().request("no.reset@example.org");
            return null;
        });
        assertEquals(mailsBefore, mailCount());

        setPasswordSignIn(account.getId(), true);
        in(s -> {
            s.passwordResets().request("no.reset@example.org");
            return null;
        });
        assertEquals(mailsBefore + 1, mailCount(), "switched on again, the link is mailed as for anyone");
    }

    @Test
    void withPasswordSignInOffForEveryoneNoPasswordOpensAnyAccount() {
        create("everyone.off@example.org");
        PasswordSignInPolicy off = new PasswordSignInPolicy(false);
        for (String email : new String[] {"everyone.off@example.org", "nobody.at.all@example.org"}) {
            SignInOutcome outcome = db.inTransaction((EntityManager em) ->
                    new SignIns(em, new PasswordHasher(), CLOCK, off).verify(email, PASSWORD));
            assertEquals(SignInOutcome.Status.PASSWORD_SIGN_IN_OFF, outcome.status(), email);
        }
    }

    @Test
    void singleSignOnAdmitsTheActiveAccountOfAVerifiedAddressWhateverItsPasswordSwitch() {
        Account account = create("vouched.for@example.org");
        setPasswordSignIn(account.getId(), false);
        assertEquals(account.getId(), admit(new VerifiedIdentity(" Vouched.For@Example.org ", true)).account().getId());

        assertEquals(SsoRefusal.UNVERIFIED, admit(new VerifiedIdentity("vouched.for@example.org", false)).refusal());
        assertEquals(SsoRefusal.UNVERIFIED, admit(new VerifiedIdentity(null, true)).refusal());
        assertEquals(SsoRefusal.UNKNOWN, admit(new VerifiedIdentity("stranger@example.org", true)).refusal());
        in(s -> {
            s.accounts().setActive(account.getId(), false);
            return null;
        });
        assertEquals(SsoRefusal.INACTIVE, admit(new VerifiedIdentity("vouched.for@example.org", true)).refusal());
    }

    private static SsoSignIns.Admission admit(VerifiedIdentity identity) {
        return in(s -> s.ssoSignIns().admit(identity));
    }

    private static Account create(String email) {
        return in(s -> s.accounts().create(new AccountDetails(email, "Sam", "Single", Language.EN,
                EnumSet.of(Role.FACULTY)), PASSWORD, false));
    }

    private static void setPasswordSignIn(long id, boolean on) {
        in(s -> {
            Account account = s.accounts().find(id).orElseThrow();
            return s.accounts().update(id, account.getVersion(), new AccountDetails(account.getEmail(),
                    account.getFirstName(), account.getLastName(), account.getPreferredLanguage(), account.getRoles()),
                    null, on);
        });
    }

    private static long mailCount() {
        return db.inTransaction((EntityManager em) -> em.createQuery("select count(m) from OutboxMail m", Long.class)
                .getSingleResult());
    }

    private static <T> T in(Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }
}
