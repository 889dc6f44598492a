package org.iecmhc.lms.helpline;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The call-list columns that can be sorted. */
public enum CallSort implements SortColumn {
    @SortPath("receivedAt") RECEIVED, @SortPath("durationMinutes") DURATION, @SortPath("county.name") COUNTY,
    @SortPath("callerRole") ROLE;
}
