package org.iecmhc.lms.platform.audit;

import java.io.Serializable;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Every editable record: a generated id, a version for optimistic locking, and an audit entry written
 * for each create, update and delete. Serializable because views hold records between requests, and a view
 * travels with its HTTP session to another member of the cluster.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedRecord implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** A short, non-confidential description of the record for the audit log (never free text a person typed). */
    public abstract String auditLabel();
}
