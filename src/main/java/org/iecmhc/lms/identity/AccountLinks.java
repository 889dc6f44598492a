package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.mail.Letter;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.OutboxMail;
import org.iecmhc.lms.platform.mail.PublicLinks;

/**
 * Single-use links to choose a password: sending one (invitation or reset) and using it. Using any link spends every
 * other link of the account too, since the person now has a password of their own; the new password raises the
 * security stamp, which ends every open session of that person.
 */
@ApplicationScoped
public class AccountLinks {

    public static final String SET_PASSWORD_PAGE = "/account/set-password.xhtml";
    public static final String FORGOT_PASSWORD_PAGE = "/account/forgot-password.xhtml";

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks publicLinks;

    @Inject
    Clock clock;

    /** A new link for the account, mailed in its language with the change that asks for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Account account, LinkPurpose purpose) {
        String token = LinkTokens.newToken();
        OutboxMail mail = outbox.queue(new Letter(account.getEmail(), account.getPreferredLanguage(), purpose.subjectKey(),
                purpose.bodyKey(), List.of(account.getFirstName()), publicLinks.to(SET_PASSWORD_PAGE + "?token=" + token),
                purpose.reasonKey()));
        em.persist(new AccountLink(account, purpose, LinkTokens.hashOf(token), mail, now()));
    }

    public LinkCheck check(String token) {
        return find(token, LockModeType.NONE).map(this::checked).orElse(LinkCheck.refused(LinkCheck.Status.UNKNOWN));
    }

    /**
     * Sets the password the holder of a valid link chose and answers the account's email. A reset is confirmed by a
     * mail, so that a person whose mailbox was used by someone else learns of it.
     */
    @Transactional
    public String choosePassword(String token, String password) {
        AccountLink link = find(token, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new LinkRefused(LinkCheck.Status.UNKNOWN));
        LinkCheck check = checked(link);
        if (!check.isValid()) {
            throw new LinkRefused(check.status());
        }
        AccountRules.passwordProblem(password).ifPresent(key -> {
            throw new AccountRejected("password", key);
        });
        Account account = link.getAccount();
        account.setPasswordHash(hasher.hash(password), false);
        account.recordSuccessfulSignIn();
        LocalDateTime now = now();
        em.createQuery("select l from AccountLink l where l.account = :account and l.usedAt is null", AccountLink.class)
                .setParameter("account", account).getResultList().forEach(unused -> unused.use(now));
        if (link.getPurpose() == LinkPurpose.PASSWORD_RESET) {
            outbox.queue(new Letter(account.getEmail(), account.getPreferredLanguage(), "link.passwordChanged.subject",
                    "link.passwordChanged.body", List.of(account.getFirstName()),
                    publicLinks.to(FORGOT_PASSWORD_PAGE), "link.passwordChanged.reason"));
        }
        return account.getEmail();
    }

    /** A deactivated account's links open nothing: they are answered like links that never existed. */
    private LinkCheck checked(AccountLink link) {
        if (!link.getAccount().isActive()) {
            return LinkCheck.refused(LinkCheck.Status.UNKNOWN);
        }
        if (link.isUsed()) {
            return LinkCheck.refused(LinkCheck.Status.USED);
        }
        if (link.isExpired(now())) {
            return LinkCheck.refused(LinkCheck.Status.EXPIRED);
        }
        return new LinkCheck(LinkCheck.Status.VALID, link.getAccount().getEmail());
    }

    private Optional<AccountLink> find(String token, LockModeType lock) {
        return em.createQuery("select l from AccountLink l where l.tokenHash = :hash", AccountLink.class)
                .setParameter("hash", LinkTokens.hashOf(token)).setLockMode(lock).getResultStream().findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
