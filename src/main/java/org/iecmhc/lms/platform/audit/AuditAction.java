package org.iecmhc.lms.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** A person's identifying data was erased; the entry names the record, never what was erased. */
    ANONYMISE,
    /** A sign-in that no password check shows elsewhere: through the identity provider (single sign-on). */
    SIGN_IN
}
