package org.iecmhc.lms.audit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.audit.ChangeList;
import org.iecmhc.lms.platform.audit.FieldChange;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The audit log in the reader's language: record kinds by audit.kind.&lt;Entity&gt;, fields by
 * audit.field.&lt;Entity&gt;.&lt;field&gt; where a kind's field needs its own word, else audit.field.&lt;field&gt;.
 * AuditLabelsTest makes sure every audited kind and field has both, so none appears under its Java name.
 */
final class AuditLabels {

    static final String KIND = "audit.kind.";
    static final String FIELD = "audit.field.";

    private AuditLabels() {
    }

    static String kind(Locale locale, String entityType) {
        return label(bundle(locale), KIND + entityType, entityType);
    }

    static String field(Locale locale, String entityType, FieldChange change) {
        ResourceBundle bundle = bundle(locale);
        String own = FIELD + entityType + "." + change.field();
        return bundle.containsKey(own) ? bundle.getString(own) : label(bundle, FIELD + change.attribute(), change.field());
    }

    /** Each change as "field: old → new", then "and N more changes" when the entry could not hold them all. */
    static List<String> changes(Locale locale, AuditEntry entry) {
        ResourceBundle bundle = bundle(locale);
        ChangeList list = entry.getChanges();
        List<String> lines = new ArrayList<>();
        for (FieldChange change : list.changes()) {
            lines.add(new MessageFormat(bundle.getString("audit.change"), locale).format(new Object[] {
                    field(locale, entry.getEntityType(), change), value(bundle, change.oldValue()),
                    value(bundle, change.newValue())}));
        }
        if (list.more() > 0) {
            lines.add(Messages.text(locale, "audit.moreChanges", list.more()));
        }
        return lines;
    }

    private static String value(ResourceBundle bundle, String value) {
        if (value == null || value.isEmpty()) {
            return bundle.getString("audit.value.empty");
        }
        return switch (value) {
            case "true" -> bundle.getString("audit.value.true");
            case "false" -> bundle.getString("audit.value.false");
            default -> value;
        };
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }
}
