package org.iecmhc.lms.identity;

import jakarta.enterprise.context.RequestScoped;

/** Why the sign-in in this request was refused, so the form can say "locked" rather than "wrong password". */
@RequestScoped
public class LastSignIn {

    private SignInOutcome.Status status;

    void record(SignInOutcome.Status status) {
        this.status = status;
    }

    public SignInOutcome.Status status() {
        return status;
    }
}
