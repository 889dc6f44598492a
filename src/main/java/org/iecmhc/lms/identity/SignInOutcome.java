package org.iecmhc.lms.identity;

import java.util.Set;

/**
 * What came of one sign-in attempt. Only {@link Status#ACCEPTED} carries the person's roles, whether the password
 * used is a one-time password that opens nothing but its own change, and the account's security stamp as the
 * password was checked, which tells later whether all of that still holds ({@link VerifiedCredentials}).
 */
public record SignInOutcome(Status status, String email, Set<Role> roles, boolean passwordChangeRequired,
                            long securityStamp) {

    public enum Status { ACCEPTED, WRONG_CREDENTIALS, LOCKED, INACTIVE, PASSWORD_SIGN_IN_OFF }

    static SignInOutcome refused(Status status) {
        return new SignInOutcome(status, null, Set.of(), false, 0);
    }
}
