package org.iecmhc.lms.identity.sso;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a sign-in through the identity provider was refused, as the sign-in page tells it. The person has shown the
 * provider that the address is theirs, so saying that it has no account here tells nobody else anything.
 */
public enum SsoRefusal {
    /** No account has the address the provider vouched for. */
    UNKNOWN,
    /** The provider does not say that the address was verified, so anyone may have typed it there. */
    UNVERIFIED,
    /** The account was deactivated. */
    INACTIVE,
    /** The exchange with the provider failed or its answer did not pass the checks (details in the log). */
    FAILED;

    /** The value of the sign-in page's {@code sso} parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "sso.refused." + parameter();
    }

    /** Only the known values: the parameter comes from the address bar. */
    public static Optional<SsoRefusal> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(refusal -> refusal.parameter().equals(parameter)).findFirst();
    }
}
