package org.iecmhc.lms.platform.persistence;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The migrations name columns in snake_case ({@code applied_on}, {@code cohort_id}), while JPA names a column the
 * entity leaves unnamed after its attribute as written ({@code APPLIEDON}, {@code COHORT_ID}). So that an entity
 * names a column only where the schema departs from the rule, a column that no annotation names gets its attribute in
 * snake_case, and a to-one join column that none names gets the attribute in snake_case, an underscore and the
 * referenced column. It runs before EclipseLink initialises the mappings, so the embeddables that each entity copies
 * and the queries that are built later use these names. Tables are always named by {@code @Table}; join tables,
 * collection tables and attribute overrides keep the names they declare. A default that departs from the rule only
 * in case ({@code ID}, {@code COHORT_ID}) is left as it is: other mappings hold copies of it that would no longer
 * match, and neither MariaDB nor H2 (run with {@code DATABASE_TO_LOWER}) tells the two apart.
 */
public class SnakeCaseColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Map<String, Map<String, String>> renamedInEmbeddables = new HashMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Map<String, String> renamed = new HashMap<>();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.isDirectToFieldMapping()) {
                    rename(mapping.getField(), mapping.getAttributeName(), "", renamed);
                } else if (mapping instanceof OneToOneMapping toOne) {
                    renameJoinColumns(toOne, renamed);
                }
            }
            descriptor.getPrimaryKeyFields().forEach(key -> renameAsBefore(key, renamed));
            if (descriptor.usesOptimisticLocking()) {
                renameAsBefore(descriptor.getOptimisticLockingPolicy().getWriteLockField(), renamed);
            }
            if (descriptor.isAggregateDescriptor()) {
                renamedInEmbeddables.put(descriptor.getJavaClassName(), renamed);
            }
        }
        session.getDescriptors().values().forEach(descriptor -> descriptor.getMappings().stream()
                .filter(DatabaseMapping::isAggregateObjectMapping)
                .map(AggregateObjectMapping.class::cast)
                .forEach(embedded -> overrideRenamed(embedded,
                        renamedInEmbeddables.getOrDefault(embedded.getReferenceClassName(), Map.of()))));
    }

    /** Such as {@code appliedOn} to {@code applied_on}. */
    public static String snakeCase(String attribute) {
        StringBuilder column = new StringBuilder(attribute.length() + 4);
        for (char c : attribute.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    private static void renameJoinColumns(OneToOneMapping toOne, Map<String, String> renamed) {
        Map<DatabaseField, DatabaseField> sourceToTarget = toOne.getSourceToTargetKeyFields();
        sourceToTarget.forEach((source, target) -> rename(source, toOne.getAttributeName(),
                "_" + target.getName().toLowerCase(Locale.ROOT), renamed));
        // The maps are keyed by field, whose hash is its name: rebuilt so that they find the renamed fields.
        toOne.setSourceToTargetKeyFields(new HashMap<>(sourceToTarget));
        toOne.setTargetToSourceKeyFields(new HashMap<>(toOne.getTargetToSourceKeyFields()));
    }

    /** Renames the field if it bears JPA's default name (the attribute, any case, then the suffix). */
    private static void rename(DatabaseField field, String attribute, String suffix, Map<String, String> renamed) {
        String column = snakeCase(attribute) + suffix;
        if (field.getName().equalsIgnoreCase(attribute + suffix) && !field.getName().equalsIgnoreCase(column)) {
            renamed.put(field.getName(), column);
            field.setName(column);
        }
    }

    /** The key and version columns may be other field objects than their mappings' ones. */
    private static void renameAsBefore(DatabaseField field, Map<String, String> renamed) {
        if (renamed.containsKey(field.getName())) {
            field.setName(renamed.get(field.getName()));
        }
    }

    /** An attribute override names the embeddable's column by the name that it had before it was renamed. */
    private static void overrideRenamed(AggregateObjectMapping embedded, Map<String, String> renamed) {
        Map<String, DatabaseField> overrides = embedded.getAggregateToSourceFields();
        Map.copyOf(overrides).forEach((column, override) -> {
            if (renamed.containsKey(column)) {
                overrides.remove(column);
                overrides.put(renamed.get(column), override);
            }
        });
    }
}
