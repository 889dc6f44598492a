package org.iecmhc.lms.identity;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Checks a password and keeps the failed-attempt count that locks an account. */
@ApplicationScoped
public class SignIns {

    private EntityManager em;
    private PasswordHasher hasher;
    private Clock clock;
    private PasswordSignInPolicy passwordSignIn;

    protected SignIns() {
    }

    @Inject
    public SignIns(EntityManager em, PasswordHasher hasher, Clock clock, PasswordSignInPolicy passwordSignIn) {
        this.em = em;
        this.hasher = hasher;
        this.clock = clock;
        this.passwordSignIn = passwordSignIn;
    }

    /**
     * The attempt is recorded even when it fails, hence its own transaction that commits on refusal too. The password
     * is hashed whatever the account (none, locked or active), so the time taken tells nothing about which exist.
     * An account whose password sign-in is off is told so only after its right password, like a deactivated one;
     * with password sign-in off for everyone, every attempt is told so at once, which says nothing about anyone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInOutcome verify(String email, String password) {
        if (!passwordSignIn.isOn()) {
            return SignInOutcome.refused(SignInOutcome.Status.PASSWORD_SIGN_IN_OFF);
        }
        Account account = em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean matches = hasher.matches(password,
                account == null ? hasher.unknownAccountHash() : account.getPasswordHash());
        if (account == null) {
            return SignInOutcome.refused(SignInOutcome.Status.WRONG_CREDENTIALS);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (account.isLocked(now)) {
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED);
        }
        if (!matches) {
            account.recordFailedSignIn(now);
            return SignInOutcome.refused(account.isLocked(now)
                    ? SignInOutcome.Status.LOCKED : SignInOutcome.Status.WRONG_CREDENTIALS);
        }
        if (!account.isActive()) {
            return SignInOutcome.refused(SignInOutcome.Status.INACTIVE);
        }
        if (!passwordSignIn.opens(account)) {
            return SignInOutcome.refused(SignInOutcome.Status.PASSWORD_SIGN_IN_OFF);
        }
        if (account.getFailedAttempts() > 0) {
            account.recordSuccessfulSignIn();
        }
        return new SignInOutcome(SignInOutcome.Status.ACCEPTED, account.getEmail(), account.getRoles(),
                account.isPasswordChangeRequired(), account.getSecurityStamp());
    }

    /**
     * Whether a sign-in accepted under this stamp would be accepted again as it was, without the password being
     * hashed: the account is active and its stamp unchanged (so are its password, email and roles), and no failed
     * attempt or lock has come since, which {@link #verify} would count, reset or refuse. One read by the unique
     * email, no lock and no transaction of its own, and never the entity cache: a change committed on another
     * instance of a cluster counts too.
     */
    public boolean standsAsAccepted(String email, long securityStamp) {
        return !em.createQuery("select a.id from Account a where a.email = :email and a.active = true"
                        + " and a.securityStamp = :stamp and a.failedAttempts = 0"
                        + " and (a.lockedUntil is null or a.lockedUntil <= :now)", Long.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("stamp", securityStamp)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList().isEmpty();
    }
}
