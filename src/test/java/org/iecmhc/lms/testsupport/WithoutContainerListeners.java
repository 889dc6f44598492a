package org.iecmhc.lms.testsupport;

import org.eclipse.persistence.sessions.Session;
import org.iecmhc.lms.platform.persistence.Customizations;

/**
 * Outside the container there is no CDI to give the audit listener its writer, so persistence tests run the
 * mappings and queries without entity listeners; the audit trail itself is tested in the deployed application.
 * It replaces the unit's customizer, so it applies the unit's own first: the column names depend on it.
 */
public class WithoutContainerListeners extends Customizations {

    @Override
    public void customize(Session session) {
        super.customize(session);
        session.getDescriptors().values()
                .forEach(descriptor -> descriptor.getEventManager().getEntityListenerEventListeners().clear());
    }
}
