package org.iecmhc.lms.helpline.followup;

import org.iecmhc.lms.platform.web.SortColumn;

/** The queue's columns that can be sorted. */
public enum FollowUpSort implements SortColumn {
    DUE("dueOn"), RECEIVED("call.receivedAt"), COUNTY("call.county.name"), ASSIGNEE("assignee.lastName"),
    STATUS("status");

    private final String path;

    FollowUpSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
