package org.iecmhc.lms.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a lost connection three times, five seconds apart: fifteen seconds in
 * which a request hangs on a database that is down. The container pool already replaces dead connections
 * (validation on borrow, web.xml), so a failed read fails at once and the person gets the "temporarily
 * unavailable" page instead.
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
