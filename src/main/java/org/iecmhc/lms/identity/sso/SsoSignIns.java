package org.iecmhc.lms.identity.sso;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;

/**
 * Who may sign in with what the identity provider vouched for: the active account whose address the provider
 * verified. Roles stay those of the account here, whatever the provider knows about the person.
 */
@ApplicationScoped
public class SsoSignIns {

    @Inject
    Accounts accounts;

    /** The account the identity opens, or why it opens none. */
    public Admission admit(VerifiedIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null || identity.email().isBlank()) {
            return Admission.refused(SsoRefusal.UNVERIFIED);
        }
        Optional<Account> account = accounts.findByEmail(identity.email());
        if (account.isEmpty()) {
            return Admission.refused(SsoRefusal.UNKNOWN);
        }
        if (!account.get().isActive()) {
            return Admission.refused(SsoRefusal.INACTIVE);
        }
        return new Admission(account.get(), null);
    }

    /** Either an account or the refusal. */
    public record Admission(Account account, SsoRefusal refusal) {

        static Admission refused(SsoRefusal refusal) {
            return new Admission(null, refusal);
        }
    }
}
