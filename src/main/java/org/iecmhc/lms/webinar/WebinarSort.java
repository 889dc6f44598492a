package org.iecmhc.lms.webinar;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The columns the webinar list can be ordered by. */
public enum WebinarSort implements SortColumn {
    @SortPath("slot.startsAt") STARTS_AT, @SortPath("title") TITLE, @SortPath("topic") TOPIC;
}
