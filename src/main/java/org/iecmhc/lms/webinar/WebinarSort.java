package org.iecmhc.lms.webinar;

import org.iecmhc.lms.platform.web.SortColumn;

/** The columns the webinar list can be ordered by. */
public enum WebinarSort implements SortColumn {
    STARTS_AT("slot.startsAt"), TITLE("title"), TOPIC("topic");

    private final String path;

    WebinarSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
