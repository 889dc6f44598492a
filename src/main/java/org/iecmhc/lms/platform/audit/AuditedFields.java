package org.iecmhc.lms.platform.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * Which fields of a record the audit log may show the values of: every persistent field except the id, the version,
 * a one-to-many list (its records have entries of their own) and a field marked {@link AuditHidden}.
 */
public final class AuditedFields {

    private AuditedFields() {
    }

    /** Whether a change of this attribute of this class (an entity or an embeddable) may be shown. */
    static boolean shown(Class<?> type, String attribute) {
        return field(type, attribute).map(AuditedFields::shown).orElse(false);
    }

    /** The attributes shown of this record type, an embedded value's as "slot.startsAt": each needs a label. */
    public static List<String> of(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> declaring = type; declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (!shown(field)) {
                    continue;
                }
                if (field.isAnnotationPresent(Embedded.class)) {
                    of(field.getType()).forEach(inner -> names.add(field.getName() + "." + inner));
                } else {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /**
     * The type of one value of an attribute named as {@link #of} names it ("slot.startsAt" through the embedded value):
     * a collection's element type. Empty for an attribute the type no longer has.
     */
    public static Optional<Class<?>> valueType(Class<?> type, String attribute) {
        Class<?> owner = type;
        Optional<Field> field = Optional.empty();
        for (String part : attribute.split("\\.")) {
            field = field(owner, part);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            owner = field.get().getType();
        }
        if (Collection.class.isAssignableFrom(owner)
                && field.get().getGenericType() instanceof ParameterizedType collection
                && collection.getActualTypeArguments()[0] instanceof Class<?> element) {
            return Optional.of(element);
        }
        return Optional.of(owner);
    }

    private static boolean shown(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().startsWith("_persistence_")
                && !field.isAnnotationPresent(Transient.class) && !field.isAnnotationPresent(Id.class)
                && !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(OneToMany.class)
                && !field.isAnnotationPresent(AuditHidden.class);
    }

    private static Optional<Field> field(Class<?> type, String attribute) {
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
             declaring = declaring.getSuperclass()) {
            try {
                return Optional.of(declaring.getDeclaredField(attribute));
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return Optional.empty();
    }
}
