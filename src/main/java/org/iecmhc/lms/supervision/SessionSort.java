package org.iecmhc.lms.supervision;

import org.iecmhc.lms.platform.web.SortColumn;

/** The columns the session list can be ordered by. */
public enum SessionSort implements SortColumn {
    STARTS_AT("slot.startsAt"), COHORT("cohort.name"), KIND("kind"), SUPERVISOR("supervisor.lastName");

    private final String path;

    SessionSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
