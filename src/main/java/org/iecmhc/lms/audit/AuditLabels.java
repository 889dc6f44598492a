package org.iecmhc.lms.audit;

import java.lang.reflect.Method;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.audit.AuditedFields;
import org.iecmhc.lms.platform.audit.ChangeList;
import org.iecmhc.lms.platform.audit.FieldChange;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The audit log in the reader's language: record kinds by audit.kind.&lt;Entity&gt;, fields by
 * audit.field.&lt;Entity&gt;.&lt;field&gt; where a kind's field needs its own word, else audit.field.&lt;field&gt;;
 * an enum field's values by the labels of their constants (see {@link #keys}), looked up through the field's type
 * because an entry holds the constants' names only. AuditLabelsTest makes sure every audited kind, field and
 * constant has both, so none appears under its Java name.
 */
final class AuditLabels {

    static final String KIND = "audit.kind.";
    static final String FIELD = "audit.field.";
    static final String VALUE = "audit.value.";

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

    /**
     * Each change as "field: old → new", then "and N more changes" when the entry could not hold them all.
     * The record type (null for a kind no longer in the application) tells which fields hold enum constants.
     */
    static List<String> changes(Locale locale, AuditEntry entry, Class<?> recordType) {
        ResourceBundle bundle = bundle(locale);
        ChangeList list = entry.getChanges();
        List<String> lines = new ArrayList<>();
        for (FieldChange change : list.changes()) {
            Class<?> valueType = recordType == null ? null
                    : AuditedFields.valueType(recordType, change.field()).orElse(null);
            lines.add(new MessageFormat(bundle.getString("audit.change"), locale).format(new Object[] {
                    field(locale, entry.getEntityType(), change), value(bundle, locale, valueType, change.oldValue()),
                    value(bundle, locale, valueType, change.newValue())}));
        }
        if (list.more() > 0) {
            lines.add(Messages.text(locale, "audit.moreChanges", list.more()));
        }
        return lines;
    }

    /**
     * The keys an enum constant's label may have, the first one the bundle holds winning: audit.value.&lt;Enum&gt;.
     * &lt;CONSTANT&gt;, then the label the pages show it by, its {@code messageKey()}, which most enums have.
     */
    static List<String> keys(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        List<String> keys = new ArrayList<>(List.of(VALUE + type.getSimpleName() + "." + constant.name()));
        try {
            Method messageKey = type.getMethod("messageKey");
            if (messageKey.getReturnType() == String.class) {
                keys.add((String) messageKey.invoke(constant));
            }
        } catch (ReflectiveOperationException e) {
            // an enum the pages do not label has an audit.value key only
        }
        return keys;
    }

    private static String value(ResourceBundle bundle, Locale locale, Class<?> type, String value) {
        if (value == null || value.isEmpty()) {
            return bundle.getString(VALUE + "empty");
        }
        if (type != null && type.isEnum()) {
            return Arrays.stream(value.split(FieldChange.LIST_SEPARATOR)).map(name -> constant(bundle, type, name))
                    .sorted(Collator.getInstance(locale)).collect(Collectors.joining(FieldChange.LIST_SEPARATOR));
        }
        return switch (value) {
            case "true" -> bundle.getString(VALUE + "true");
            case "false" -> bundle.getString(VALUE + "false");
            default -> value;
        };
    }

    /** A constant's label; a name the enum no longer has (or a shortened value) as it was recorded. */
    private static String constant(ResourceBundle bundle, Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> (Enum<?>) constant)
                .filter(constant -> constant.name().equals(name)).findFirst()
                .flatMap(constant -> keys(constant).stream().filter(bundle::containsKey).findFirst())
                .map(bundle::getString).orElse(name);
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }
}
