package org.iecmhc.lms.testsupport;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Outside the container there is no CDI to give the audit listener its writer, so persistence tests run the
 * mappings and queries without entity listeners; the audit trail itself is tested in the deployed application.
 */
public class WithoutContainerListeners implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getDescriptors().values()
                .forEach(descriptor -> descriptor.getEventManager().getEntityListenerEventListeners().clear());
    }
}
