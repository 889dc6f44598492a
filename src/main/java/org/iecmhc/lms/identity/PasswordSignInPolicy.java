package org.iecmhc.lms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a password opens an account: not at all when {@code lms.password-sign-in} is false (everyone signs in
 * through the identity provider, see {@code identity.sso}), and not the accounts an administrator switched to single
 * sign-on only. Applies to the form and to HTTP Basic alike, and "forgot your password?" sends such accounts nothing.
 */
@Named("passwordSignIn")
@ApplicationScoped
public class PasswordSignInPolicy {

    private boolean forEveryone;

    protected PasswordSignInPolicy() {
    }

    @Inject
    public PasswordSignInPolicy(@ConfigProperty(name = "lms.password-sign-in", defaultValue = "true") boolean forEveryone) {
        this.forEveryone = forEveryone;
    }

    /** False when no password opens any account: the sign-in page then offers only the identity provider. */
    public boolean isOn() {
        return forEveryone;
    }

    boolean opens(Account account) {
        return forEveryone && account.isPasswordSignIn();
    }
}
