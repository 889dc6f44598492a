package org.iecmhc.lms.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
