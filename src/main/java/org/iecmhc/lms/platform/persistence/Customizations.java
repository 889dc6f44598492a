package org.iecmhc.lms.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** The one customizer a persistence unit takes: the column naming convention, then failing fast on a lost connection. */
public class Customizations implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new SnakeCaseColumns().customize(session);
        new FailFast().customize(session);
    }
}
