package org.iecmhc.lms.identity;

import java.util.Set;

/**
 * What came of one sign-in attempt. Only {@link Status#ACCEPTED} carries the person's roles, and whether the
 * password used is a one-time password that opens nothing but its own change.
 */
public record SignInOutcome(Status status, String email, Set<Role> roles, boolean passwordChangeRequired) {

    public enum Status { ACCEPTED, WRONG_CREDENTIALS, LOCKED, INACTIVE }

    static SignInOutcome refused(Status status) {
        return new SignInOutcome(status, null, Set.of(), false);
    }
}
