package org.iecmhc.lms.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.iecmhc.lms.platform.audit.ChangeCapture;

/**
 * The one customizer a persistence unit takes: the column naming convention, failing fast on a lost connection, and
 * the audit log's capture of what each update changes.
 */
public class Customizations implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new SnakeCaseColumns().customize(session);
        new FailFast().customize(session);
        ChangeCapture.attachTo(session);
    }
}
