package org.iecmhc.lms.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** A person's identifying data was erased; the entry names the record, never what was erased. */
    ANONYMISE
}
