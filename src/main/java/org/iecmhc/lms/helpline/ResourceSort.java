package org.iecmhc.lms.helpline;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The directory's columns that can be sorted. */
public enum ResourceSort implements SortColumn {
    @SortPath("name") NAME, @SortPath("kind") KIND, @SortPath("active") ACTIVE;
}
