package org.iecmhc.lms.supervision;

/** The columns the session list can be ordered by, mapped to entity paths so no text reaches the query. */
public enum SessionSort {
    STARTS_AT("s.slot.startsAt"), COHORT("s.cohort.name"), KIND("s.kind"), SUPERVISOR("s.supervisor.lastName");

    private final String path;

    SessionSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    public static SessionSort fromField(String field) {
        return switch (field == null ? "" : field) {
            case "cohort" -> COHORT;
            case "kind" -> KIND;
            case "supervisor" -> SUPERVISOR;
            default -> STARTS_AT;
        };
    }
}
