package org.iecmhc.lms.provider;

import org.iecmhc.lms.platform.web.SortColumn;

/** The registry columns the list can be ordered by. */
public enum ProviderSort implements SortColumn {
    NAME("name"), KIND("kind"), COUNTY("county.name"), CITY("city");

    private final String path;

    ProviderSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
