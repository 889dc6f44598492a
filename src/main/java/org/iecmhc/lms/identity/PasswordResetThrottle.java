package org.iecmhc.lms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.security.TokenBuckets;
import org.iecmhc.lms.platform.web.ClientAddress;

/**
 * Reset requests per client address, page and API alike. {@link PasswordResets} limits the mails one account gets;
 * this stops one address from asking for many accounts. Being refused here tells nothing about any account.
 */
@ApplicationScoped
public class PasswordResetThrottle {

    private final TokenBuckets requests = TokenBuckets.configured("password-reset", 5, 1);

    /** Takes a request of this address; answers 0 when it may go ahead, else the seconds to wait. */
    public long take(HttpServletRequest request) {
        return requests.take(ClientAddress.of(request));
    }
}
