package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.mail.OutboxMail;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invitations and password resets against the real MariaDB/MySQL server: the mail in the outbox, its link working
 * once and only in time, forged tokens, the throttle per account and the states administrators see.
 */
class AccountLinksPersistenceTest {

    private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-09-01T16:00:00Z"));

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
    void anInvitationIsMailedInThePersonsLanguageAndItsLinkChoosesThePasswordOnce() {
        Account invited = invite("rosa.invited@example.org", Language.ES);
        OutboxMail mail = lastMailTo("rosa.invited@example.org");
        assertEquals(Language.ES, mail.getLanguage());
        assertEquals("Su cuenta en la Red IECMHC", mail.getSubject());
        assertTrue(mail.getTextBody().contains("Hola, Rosa:"), mail.getTextBody());
        String token = tokenIn(mail);
        assertEquals(Map.of(invited.getId(), InvitationState.SENT), in(s -> s.invitations().states(List.of(invited.getId()))));
        assertEquals(new LinkCheck(LinkCheck.Status.VALID, "rosa.invited@example.org"), in(s -> s.accountLinks().check(token)));

        long stampBefore = in(s -> s.accounts().findByEmail("rosa.invited@example.org").orElseThrow().getSecurityStamp());
        in(s -> s.accountLinks().choosePassword(token, "mi contraseña propia"));

        Account after = in(s -> s.accounts().findByEmail("rosa.invited@example.org").orElseThrow());
        assertFalse(after.isPasswordChangeRequired(), "the password is the person's own");
        assertTrue(after.getSecurityStamp() > stampBefore, "every open session of the person ends");
        assertEquals(SignInOutcome.Status.ACCEPTED,
                in(s -> s.signIns().verify("rosa.invited@example.org", "mi contraseña propia")).status());
        assertEquals(LinkCheck.Status.USED, in(s -> s.accountLinks().check(token)).status());
        LinkRefused again = assertThrows(LinkRefused.class,
                () -> in(s -> s.accountLinks().choosePassword(token, "another password 123")));
        assertEquals(LinkCheck.Status.USED, again.status());
        assertEquals(SignInOutcome.Status.ACCEPTED,
                in(s -> s.signIns().verify("rosa.invited@example.org", "mi contraseña propia")).status(),
                "the used link changed nothing");
        assertEquals(InvitationState.ACCEPTED, in(s -> s.invitations().states(List.of(invited.getId()))).get(invited.getId()));
    }

    @Test
    void aPasswordTooShortIsRefusedAtTheFieldAndTheLinkStillWorks() {
        invite("short.password@example.org", Language.EN);
        String token = tokenIn(lastMailTo("short.password@example.org"));
        AccountRejected rejected = assertThrows(AccountRejected.class, () -> in(s -> s.accountLinks().choosePassword(token, "short")));
        assertEquals("password", rejected.field());
        assertEquals("account.password.tooShort", rejected.messageKey());
        assertTrue(in(s -> s.accountLinks().check(token)).isValid());
    }

    @Test
    void anExpiredOrForgedLinkChangesNothing() {
        Account invited = invite("late.person@example.org", Language.EN);
        String token = tokenIn(lastMailTo("late.person@example.org"));
        CLOCK.advance(Duration.ofDays(7));
        try {
            assertEquals(LinkCheck.Status.EXPIRED, in(s -> s.accountLinks().check(token)).status());
            assertEquals(LinkCheck.Status.EXPIRED, assertThrows(LinkRefused.class,
                    () -> in(s -> s.accountLinks().choosePassword(token, "too late a password"))).status());
            assertEquals(InvitationState.EXPIRED, in(s -> s.invitations().states(List.of(invited.getId()))).get(invited.getId()));
        } finally {
            CLOCK.advance(Duration.ofDays(-7));
        }
        String forged = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        assertEquals(LinkCheck.Status.UNKNOWN, in(s -> s.accountLinks().check(forged)).status());
        assertEquals(LinkCheck.Status.UNKNOWN, in(s -> s.accountLinks().check("")).status());
        assertEquals(LinkCheck.Status.UNKNOWN, assertThrows(LinkRefused.class,
                () -> in(s -> s.accountLinks().choosePassword("not even a token", "a forged password 1"))).status());
        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS,
                in(s -> s.signIns().verify("late.person@example.org", "too late a password")).status());
    }

    @Test
    void onlyTheTokensHashIsStored() {
        invite("hash.only@example.org", Language.EN);
        String token = tokenIn(lastMailTo("hash.only@example.org"));
        List<String> stored = db.inTransaction((EntityManager em) -> em.createQuery(
                "select l.tokenHash from AccountLink l where l.account.email = 'hash.only@example.org'", String.class)
                .getResultList());
        assertEquals(List.of(LinkTokens.hashOf(token)), stored);
        assertFalse(stored.get(0).contains(token));
    }

    @Test
    void aResetIsMailedOnlyToAKnownActiveAccountAtMostThreeTimesAnHour() {
        in(s -> s.accounts().create(new AccountDetails("forgetful@example.org", "Fran", "Olvido", Language.EN,
                EnumSet.of(Role.FACULTY)), "the old password 1", false));
        long mailsBefore = mailCount();
        in(s -> {
            s.passwordResets().request("nobody.here@example.org");
            return null;
        });
        assertEquals(mailsBefore, mailCount(), "an unknown address gets nothing, and the caller cannot tell");

        for (int i = 0; i < 5; i++) {
            in(s -> {
                s.passwordResets().request(" Forgetful@Example.org ");
                return null;
            });
        }
        assertEquals(mailsBefore + PasswordResets.PER_ACCOUNT_PER_HOUR, mailCount(), "three mails an hour, no more");
        OutboxMail reset = lastMailTo("forgetful@example.org");
        assertEquals("Choose a new password", reset.getSubject());

        in(s -> s.accountLinks().choosePassword(tokenIn(reset), "the new password 2"));
        OutboxMail confirmation = lastMailTo("forgetful@example.org");
        assertEquals("Your password was changed", confirmation.getSubject());
        assertTrue(confirmation.getTextBody().contains("/account/forgot-password.xhtml"));
        assertEquals(SignInOutcome.Status.ACCEPTED,
                in(s -> s.signIns().verify("forgetful@example.org", "the new password 2")).status());
        assertEquals(LinkCheck.Status.USED, in(s -> s.accountLinks().check(tokenIn(reset))).status(),
                "the other reset links of the hour were spent by the first one used");
    }

    @Test
    void aFailedMailShowsAsAFailedInvitationAndOnlyPendingOnesAreSentAgain() {
        Account failed = invite("bounced@example.org", Language.EN);
        Account accepted = invite("accepted@example.org", Language.EN);
        Account never = in(s -> s.accounts().create(new AccountDetails("typed.password@example.org", "Typed", "Password",
                Language.EN, EnumSet.of(Role.TRAINEE)), "a typed one-time pw", true));
        db.inTransaction((EntityManager em) -> em.createNativeQuery("update outbox_mail set state = 'FAILED'"
                + " where recipient = 'bounced@example.org'").executeUpdate());
        in(s -> s.accountLinks().choosePassword(tokenIn(lastMailTo("accepted@example.org")), "accepted password 1"));
        List<Long> ids = List.of(failed.getId(), accepted.getId(), never.getId());
        assertEquals(Map.of(failed.getId(), InvitationState.FAILED, accepted.getId(), InvitationState.ACCEPTED,
                never.getId(), InvitationState.NONE), in(s -> s.invitations().states(ids)));

        assertEquals(1, (int) in(s -> s.invitations().resendPending(ids)));
        assertEquals(InvitationState.SENT, in(s -> s.invitations().states(ids)).get(failed.getId()));
        assertEquals("invitation.notPending", assertThrows(AccountRejected.class,
                () -> in(s -> {
                    s.invitations().resend(accepted.getId());
                    return null;
                })).messageKey());
    }

    private static Account invite(String email, Language language) {
        return in(s -> s.invitations().createInvited(new AccountDetails(email, email.startsWith("rosa") ? "Rosa" : "Pat",
                "Invitada", language, EnumSet.of(Role.TRAINEE))));
    }

    private static OutboxMail lastMailTo(String email) {
        return db.inTransaction((EntityManager em) -> em.createQuery(
                "select m from OutboxMail m where m.recipient = :to order by m.id desc", OutboxMail.class)
                .setParameter("to", email).setMaxResults(1).getSingleResult());
    }

    private static long mailCount() {
        return db.inTransaction((EntityManager em) -> em.createQuery("select count(m) from OutboxMail m", Long.class)
                .getSingleResult());
    }

    static String tokenIn(OutboxMail mail) {
        Matcher matcher = TOKEN.matcher(mail.getTextBody());
        assertTrue(matcher.find(), "the mail holds the link: " + mail.getTextBody());
        return matcher.group(1);
    }


    private static <T> T in(Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }
}
