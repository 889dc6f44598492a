package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.web.SortColumn;

/** The columns the account list can be ordered by. */
public enum AccountSort implements SortColumn {
    EMAIL("email"), FIRST_NAME("firstName"), LAST_NAME("lastName"), CREATED("createdAt"), ACTIVE("active");

    private final String path;

    AccountSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
