package org.iecmhc.lms.platform.audit;

import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;

/**
 * Appends to the audit log with plain JDBC: entity callbacks may not use the entity manager, and the
 * container hands back the transaction's own connection, so the entry commits or rolls back with the change.
 */
@ApplicationScoped
public class AuditWriter {

    static final String SYSTEM_ACTOR = "system";

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    void write(AuditAction action, AuditedRecord record) {
        String changes = action == AuditAction.UPDATE ? Changes.encode(record.takeCapturedChanges()) : null;
        insert(action, record.getClass().getSimpleName(), String.valueOf(record.getId()), record.auditLabel(), changes);
    }

    /** One entry for many records created at once by an import, instead of one per record. */
    public void recordBulk(String entityType, String summary) {
        insert(AuditAction.CREATE, entityType, "*", summary, null);
    }

    /** An event that is no change of a record, such as a sign-in, in the current transaction if there is one. */
    public void record(AuditAction action, String entityType, String entityId, String summary) {
        insert(action, entityType, entityId, summary, null);
    }

    private void insert(AuditAction action, String entityType, String entityId, String summary, String changes) {
        String sql = "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary, changes)"
                + " values (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock)));
            insert.setString(2, actor());
            insert.setString(3, action.name());
            insert.setString(4, entityType);
            insert.setString(5, entityId);
            insert.setString(6, truncate(summary));
            insert.setString(7, changes);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not write the audit entry", e);
        }
    }

    private String actor() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? SYSTEM_ACTOR : caller.getName();
    }

    private static String truncate(String label) {
        return label == null || label.length() <= 1000 ? label : label.substring(0, 1000);
    }
}
