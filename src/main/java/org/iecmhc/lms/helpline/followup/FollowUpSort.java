package org.iecmhc.lms.helpline.followup;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The queue's columns that can be sorted. */
public enum FollowUpSort implements SortColumn {
    @SortPath("dueOn") DUE, @SortPath("call.receivedAt") RECEIVED, @SortPath("call.county.name") COUNTY,
    @SortPath("assignee.lastName") ASSIGNEE, @SortPath("status") STATUS;
}
