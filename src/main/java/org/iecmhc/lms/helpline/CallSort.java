package org.iecmhc.lms.helpline;

import org.iecmhc.lms.platform.web.SortColumn;

/** The call-list columns that can be sorted. */
public enum CallSort implements SortColumn {
    RECEIVED("receivedAt"), DURATION("durationMinutes"), COUNTY("county.name"), ROLE("callerRole");

    private final String path;

    CallSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
