package org.iecmhc.lms.practicum;

/** The columns the review queue can be ordered by, mapped to entity paths so no text reaches the query. */
public enum ReviewSort {
    DATE("e.loggedOn %1$s, e.startsAt %1$s, e.id %1$s"),
    /** A trainee's entries stay together, in the order they happened. */
    TRAINEE("t.lastName %1$s, t.firstName %1$s, t.id, e.loggedOn, e.startsAt, e.id");

    private final String order;

    ReviewSort(String order) {
        this.order = order;
    }

    String ordering(boolean ascending) {
        return String.format(order, ascending ? "asc" : "desc");
    }

    public static ReviewSort fromField(String field) {
        return "traineeName".equals(field) ? TRAINEE : DATE;
    }
}
