package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The columns the account list can be ordered by. */
public enum AccountSort implements SortColumn {
    @SortPath("email") EMAIL, @SortPath("firstName") FIRST_NAME, @SortPath("lastName") LAST_NAME,
    @SortPath("createdAt") CREATED, @SortPath("active") ACTIVE;
}
