package org.iecmhc.lms.platform.audit;

import java.io.Serializable;

/**
 * One changed field of a record as the audit log keeps it: the attribute's name (an embedded value's as
 * "slot.startsAt") and its old and new values as text; null for no value.
 */
public record FieldChange(String field, String oldValue, String newValue) implements Serializable {

    /** What joins the values of a collection, sorted, into one text; its reader splits them again by it. */
    public static final String LIST_SEPARATOR = ", ";

    /** The attribute itself, the last part of the name: what its label is looked up by. */
    public String attribute() {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
