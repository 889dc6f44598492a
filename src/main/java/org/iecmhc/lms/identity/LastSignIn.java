package org.iecmhc.lms.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * The sign-in of this request: why it was refused (the form tells a deactivated account apart, after a right
 * password only), or, for an API call signed in with HTTP Basic, whether its password is a one-time password.
 */
@RequestScoped
public class LastSignIn {

    private SignInOutcome outcome;

    void record(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    public SignInOutcome.Status status() {
        return outcome == null ? null : outcome.status();
    }

    boolean passwordChangeRequired() {
        return outcome != null && outcome.passwordChangeRequired();
    }
}
