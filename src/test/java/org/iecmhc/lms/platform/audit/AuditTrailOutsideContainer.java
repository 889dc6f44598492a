package org.iecmhc.lms.platform.audit;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;
import org.iecmhc.lms.testsupport.WithoutContainerListeners;

/**
 * The persistence unit outside the container with its audit trail: the entity listener CDI cannot inject here is
 * replaced by one driven from EclipseLink's own events and given the writer the test built. A customizer is
 * instantiated by EclipseLink, so the writer is handed over through {@link #writer}.
 */
public class AuditTrailOutsideContainer extends WithoutContainerListeners {

    static volatile AuditWriter writer;

    @Override
    public void customize(Session session) {
        super.customize(session);
        AuditListener listener = new AuditListener();
        listener.writer = writer;
        DescriptorEventAdapter trail = new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                listener.created((AuditedRecord) event.getSource());
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                listener.updated((AuditedRecord) event.getSource());
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                listener.deleted((AuditedRecord) event.getSource());
            }
        };
        session.getDescriptors().values().stream()
                .filter(d -> !d.isAggregateDescriptor() && AuditedRecord.class.isAssignableFrom(d.getJavaClass()))
                .forEach(d -> d.getEventManager().addListener(trail));
    }
}
