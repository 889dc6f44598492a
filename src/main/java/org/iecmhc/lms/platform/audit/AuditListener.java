package org.iecmhc.lms.platform.audit;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Writes the audit entry once the database has accepted the change, inside the same transaction. */
public class AuditListener {

    @Inject
    AuditWriter writer;

    @PostPersist
    void created(AuditedRecord record) {
        writer.write(AuditAction.CREATE, record);
    }

    @PostUpdate
    void updated(AuditedRecord record) {
        writer.write(AuditAction.UPDATE, record);
    }

    @PostRemove
    void deleted(AuditedRecord record) {
        writer.write(AuditAction.DELETE, record);
    }
}
