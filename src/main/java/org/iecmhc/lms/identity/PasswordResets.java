package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * "Forgot your password?": a link valid one hour, mailed to the account of the address given. The caller learns
 * nothing about whether that account exists: an unknown or deactivated address, and one that has asked too often,
 * are answered exactly like one that gets its mail.
 */
@ApplicationScoped
public class PasswordResets {

    /** Enough for a mail that went to spam and a second try; more would let anyone flood a person's mailbox. */
    static final int PER_ACCOUNT_PER_HOUR = 3;

    @Inject
    EntityManager em;

    @Inject
    AccountLinks links;

    @Inject
    Clock clock;

    @Inject
    PasswordSignInPolicy passwordSignIn;

    /**
     * The address must be well formed (see {@link AccountRules#emailProblem}); whether it is known stays untold, and
     * so does whether a password opens it: an account on single sign-on only gets no link but the same answer.
     */
    @Transactional
    public void request(String email) {
        Accounts.byEmail(em, email).filter(Account::isActive).filter(passwordSignIn::opens).filter(this::mayAskAgain)
                .ifPresent(account -> links.send(account, LinkPurpose.PASSWORD_RESET));
    }

    /** Counted in the database, so that every instance of a cluster keeps to the same limit. */
    private boolean mayAskAgain(Account account) {
        return em.createQuery("select count(l) from AccountLink l where l.account = :account and l.purpose = :purpose"
                        + " and l.createdAt > :since", Long.class)
                .setParameter("account", account).setParameter("purpose", LinkPurpose.PASSWORD_RESET)
                .setParameter("since", LocalDateTime.now(clock).minus(Duration.ofHours(1)))
                .getSingleResult() < PER_ACCOUNT_PER_HOUR;
    }
}
