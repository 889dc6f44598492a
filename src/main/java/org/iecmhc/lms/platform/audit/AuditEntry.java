package org.iecmhc.lms.platform.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One line of the audit log. Read-only to the application: entries are only ever appended by {@link AuditWriter}.
 * Serializable because the audit log page keeps its page of entries in the view, which travels with the HTTP
 * session to another member of the cluster.
 */
@Entity
@ReadOnly
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    private Long id;

    private LocalDateTime occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String entityType;

    private String entityId;

    private String summary;

    private String changes;

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    /** What an update changed, field by field; empty for other entries and for updates of hidden fields only. */
    public ChangeList getChanges() {
        return Changes.decode(changes);
    }
}
