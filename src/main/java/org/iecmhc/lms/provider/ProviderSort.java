package org.iecmhc.lms.provider;

import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.platform.web.SortPath;

/** The registry columns the list can be ordered by. */
public enum ProviderSort implements SortColumn {
    @SortPath("name") NAME, @SortPath("kind") KIND, @SortPath("county.name") COUNTY, @SortPath("city") CITY;
}
