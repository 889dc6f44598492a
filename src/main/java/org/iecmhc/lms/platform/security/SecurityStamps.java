package org.iecmhc.lms.platform.security;

import java.util.Optional;

/**
 * Where the sign-in mechanism reads, at every request of a page session, whether what the person may do has changed
 * since they signed in. Implemented by the feature that owns the accounts; it must read the database each time (not
 * a cache of this instance), so that a change made on any instance of a cluster counts at the next request.
 */
public interface SecurityStamps {

    /**
     * The current stamp of the active account signed in under this name, with every {@link PersonalFigure} of the
     * person, in one statement; empty when there is no such account.
     */
    Optional<CurrentStamp> current(String callerName);
}
