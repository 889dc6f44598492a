package org.iecmhc.lms.supervision;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The columns the session list can be ordered by. */
public enum SessionSort implements SortColumn {
    @SortPath("slot.startsAt") STARTS_AT, @SortPath("cohort.name") COHORT, @SortPath("kind") KIND,
    @SortPath("supervisor.lastName") SUPERVISOR;
}
