package org.iecmhc.lms.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose values never reach the audit log: secrets (password hashes, tokens) and free text that may be
 * confidential or describe a child. For a change of such a field the log records that the record changed, never
 * the value. AuditedFieldsTest makes sure that every field named like a secret has it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditHidden {
}
