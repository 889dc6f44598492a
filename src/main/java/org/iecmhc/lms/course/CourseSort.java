package org.iecmhc.lms.course;

import org.iecmhc.lms.platform.web.SortColumn;

/** The columns the course list can be ordered by. */
public enum CourseSort implements SortColumn {
    TITLE("title"), COHORT("cohort.name"), START("startDate");

    private final String path;

    CourseSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
