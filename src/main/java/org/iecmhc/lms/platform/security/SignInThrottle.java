package org.iecmhc.lms.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.web.ClientAddress;

/**
 * Failed sign-ins per client address, form and API alike. The per-account lockout stops guessing one account's
 * password; this stops one address from trying many accounts. Only failures cost a token, so people and API
 * clients that know their password are never slowed down.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Request attribute set when a sign-in was refused unchecked; holds the seconds to wait. */
    public static final String REFUSED_FOR_SECONDS = "lmsSignInRefusedForSeconds";

    private final TokenBuckets failures = TokenBuckets.configured("sign-in", 10, 5);

    /** Seconds this address must wait before its next sign-in is even checked; 0 when it may try now. */
    public long waitFor(HttpServletRequest request) {
        long seconds = failures.waitFor(ClientAddress.of(request));
        if (seconds > 0) {
            request.setAttribute(REFUSED_FOR_SECONDS, seconds);
        }
        return seconds;
    }

    public void failed(HttpServletRequest request) {
        failures.take(ClientAddress.of(request));
    }
}
