package org.iecmhc.lms.platform.audit;

/** What the administrator narrowed the audit log to; any part may be empty. */
public record AuditFilter(String actor, String entityType, AuditAction action) {

    boolean hasActor() {
        return actor != null && !actor.isBlank();
    }
}
