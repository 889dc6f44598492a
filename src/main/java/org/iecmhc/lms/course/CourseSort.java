package org.iecmhc.lms.course;

/** The columns the course list can be ordered by, mapped to entity paths so no text reaches the query. */
public enum CourseSort {
    TITLE("c.title"), COHORT("c.cohort.name"), START("c.startDate");

    private final String path;

    CourseSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    public static CourseSort fromField(String field) {
        return switch (field == null ? "" : field) {
            case "cohort" -> COHORT;
            case "startDate" -> START;
            default -> TITLE;
        };
    }
}
