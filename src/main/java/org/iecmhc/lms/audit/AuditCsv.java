package org.iecmhc.lms.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Csv;

/** What the audit log's filters show, as CSV with the page's translated headers, kinds, actions and changes. */
final class AuditCsv {

    /** The newest entries an export holds; the page says so, and narrower filters reach the rest. */
    static final int LIMIT = 5000;

    private static final List<String> HEADERS = List.of("audit.when", "audit.actor", "audit.action", "audit.kind",
            "audit.recordId", "audit.summary", "audit.changes");

    private AuditCsv() {
    }

    /** The entries, with the audited record types by name (AuditLog.recordTypes) to label enum values by. */
    static String write(List<AuditEntry> entries, Map<String, Class<?>> recordTypes, Locale locale) {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, HEADERS.stream().map(key -> Messages.text(locale, key)).toList());
        for (AuditEntry e : entries) {
            List<String> fields = new ArrayList<>();
            fields.add(e.getOccurredAt().toString());
            fields.add(e.getActor());
            fields.add(Messages.text(locale, "audit.action." + e.getAction()));
            fields.add(AuditLabels.kind(locale, e.getEntityType()));
            fields.add(e.getEntityId());
            fields.add(e.getSummary());
            fields.add(String.join("\n", AuditLabels.changes(locale, e, recordTypes.get(e.getEntityType()))));
            Csv.appendLine(csv, fields);
        }
        return csv.toString();
    }
}
