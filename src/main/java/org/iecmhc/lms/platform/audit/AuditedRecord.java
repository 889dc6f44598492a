package org.iecmhc.lms.platform.audit;

import java.util.List;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/**
 * Every editable record: a generated id, a version for optimistic locking, and an audit entry written
 * for each create, update and delete. Serializable (as {@link GeneratedId}) because views hold records between
 * requests, and a view travels with its HTTP session to another member of the cluster.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedRecord extends GeneratedId {

    @Version
    private long version;

    /** What the update being written changes, from {@link ChangeCapture} until the audit entry takes it. */
    @Transient
    private transient List<FieldChange> capturedChanges;

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a save built on an older version than the stored one. The {@code @Version} check at commit catches
     * the rest: two saves of the same version racing each other.
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new RecordChangedMeanwhile(auditLabel());
        }
    }

    void captured(List<FieldChange> changes) {
        capturedChanges = changes;
    }

    List<FieldChange> takeCapturedChanges() {
        List<FieldChange> changes = capturedChanges == null ? List.of() : capturedChanges;
        capturedChanges = null;
        return changes;
    }

    /** A short, non-confidential description of the record for the audit log (never free text a person typed). */
    public abstract String auditLabel();
}
