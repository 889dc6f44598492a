package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Access tokens of accounts: a person keeps their own, an administrator those of any account (a service account's
 * above all). A token is made of {@link LinkTokens}: 256 random bits, stored as their SHA-256. What is refused is
 * refused with an {@link AccountRejected} at its field; a token that is not the viewer's is answered as missing.
 */
@ApplicationScoped
public class AccessTokens {

    /** How stale a token's "last used" may be: it is written at most this often, not at every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    static final String NOT_FOUND = "token.notFound";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A token made and the secret to show once: nothing keeps it after this answer. */
    public record Created(AccessToken token, String secret) {
    }

    @Transactional
    public Created create(Viewer viewer, long accountId, AccessTokenDetails details) {
        Account account = manageable(viewer, accountId);
        // A one-time password opens nothing but its own change (PasswordChangeGate): no token made with it either.
        // An administrator may make one for an account that never chose a password, such as a service account.
        if (account.isPasswordChangeRequired() && account.getEmail().equals(viewer.email())) {
            throw new AccountRejected(null, "token.passwordFirst");
        }
        check(details);
        long held = em.createQuery("select count(t) from AccessToken t where t.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        if (held >= AccessTokenLimits.PER_ACCOUNT) {
            throw new AccountRejected(null, "token.tooMany");
        }
        String secret = LinkTokens.newToken();
        AccessToken token = new AccessToken(account, details, LinkTokens.hashOf(secret), PacificTime.nowUtc(clock));
        em.persist(token);
        return new Created(token, secret);
    }

    /** The account's tokens, newest first; at most {@link AccessTokenLimits#PER_ACCOUNT} exist. */
    public List<AccessToken> list(Viewer viewer, long accountId) {
        Account account = manageable(viewer, accountId);
        return em.createQuery("select t from AccessToken t where t.account = :account order by t.createdAt desc, t.id desc",
                        AccessToken.class)
                .setParameter("account", account).setMaxResults(AccessTokenLimits.PER_ACCOUNT).getResultList();
    }

    /** Ends the token at once: it is deleted, so the next call made with it finds nothing. */
    @Transactional
    public void revoke(Viewer viewer, long tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !viewer.mayOpen(token.getAccount().getEmail())) {
            throw new AccountRejected("token", NOT_FOUND);
        }
        em.remove(token);
    }

    /**
     * Notes that the token was used now unless that was noted less than a minute ago, here or on another instance
     * (the condition is in the statement). A bulk update: no version raised, no audit entry, no entity loaded.
     */
    @Transactional
    public void used(long tokenId, LocalDateTime now) {
        em.createQuery("update AccessToken t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt <= :stale)")
                .setParameter("now", now).setParameter("id", tokenId)
                .setParameter("stale", now.minus(LAST_USE_PRECISION)).executeUpdate();
    }

    private Account manageable(Viewer viewer, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !viewer.mayOpen(account.getEmail())) {
            throw new AccountRejected("account", NOT_FOUND);
        }
        return account;
    }

    private void check(AccessTokenDetails details) {
        String name = TypedText.trimmedOrNull(details.name());
        if (name == null) {
            throw new AccountRejected("name", "token.name.required");
        }
        if (TypedText.hasControlCharacters(name, false)) {
            throw new AccountRejected("name", "token.name.invalid");
        }
        TypedText.requireFits(name, AccessTokenLimits.NAME, AccountRejected::new, "name", "token.name.tooLong");
        if (details.scopes().isEmpty()) {
            throw new AccountRejected("scopes", "token.scopes.required");
        }
        LocalDate today = PacificTime.today(clock);
        if (details.expiresOn() == null) {
            throw new AccountRejected("expiresOn", "token.expiresOn.required");
        }
        if (!details.expiresOn().isAfter(today)) {
            throw new AccountRejected("expiresOn", "token.expiresOn.past");
        }
        if (details.expiresOn().isAfter(today.plusDays(AccessTokenLimits.MAX_DAYS))) {
            throw new AccountRejected("expiresOn", "token.expiresOn.tooFar");
        }
    }
}
