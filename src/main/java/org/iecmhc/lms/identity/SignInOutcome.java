package org.iecmhc.lms.identity;

import java.util.Set;

/** What came of one sign-in attempt. Only {@link Status#ACCEPTED} carries the person's roles. */
public record SignInOutcome(Status status, String email, Set<Role> roles) {

    public enum Status { ACCEPTED, WRONG_CREDENTIALS, LOCKED, INACTIVE }

    static SignInOutcome refused(Status status) {
        return new SignInOutcome(status, null, Set.of());
    }
}
