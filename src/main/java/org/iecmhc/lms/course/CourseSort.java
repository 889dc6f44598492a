package org.iecmhc.lms.course;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The columns the course list can be ordered by. */
public enum CourseSort implements SortColumn {
    @SortPath("title") TITLE, @SortPath("cohort.name") COHORT, @SortPath("startDate") START;
}
