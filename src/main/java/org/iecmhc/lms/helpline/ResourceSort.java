package org.iecmhc.lms.helpline;

import org.iecmhc.lms.platform.web.SortColumn;

/** The directory's columns that can be sorted. */
public enum ResourceSort implements SortColumn {
    NAME("name"), KIND("kind"), ACTIVE("active");

    private final String path;

    ResourceSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
