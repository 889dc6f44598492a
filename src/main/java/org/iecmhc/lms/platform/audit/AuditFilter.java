package org.iecmhc.lms.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the administrator narrowed the audit log to; any part may be empty. The person is the text typed (part of an
 * email) together with the emails of the accounts whose name matches it; the dates are whole days, both included.
 */
public record AuditFilter(String actor, List<String> actorEmails, String entityType, String entityId,
                          AuditAction action, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, List.of(), null, null, null, null, null);

    public AuditFilter {
        actorEmails = actorEmails == null ? List.of() : List.copyOf(actorEmails);
    }

    boolean hasActor() {
        return actor != null && !actor.isBlank();
    }
}
