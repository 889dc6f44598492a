package org.iecmhc.lms.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.security.TokenBuckets;
import org.iecmhc.lms.platform.web.ClientAddress;

/**
 * Registrations per client address, like sign-in and password resets. {@link Registrations} limits the mails one
 * e-mail address gets, across the cluster; this stops one connection from registering many addresses.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private final TokenBuckets requests = TokenBuckets.configured("offering-registration", 10, 2);

    /** Takes a registration of this address; answers 0 when it may go ahead, else the seconds to wait. */
    public long take(HttpServletRequest request) {
        return requests.take(ClientAddress.of(request));
    }
}
