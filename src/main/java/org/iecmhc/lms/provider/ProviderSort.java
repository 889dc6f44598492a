package org.iecmhc.lms.provider;

/** The registry columns the list can be ordered by, mapped to entity attributes so no text reaches the query. */
public enum ProviderSort {
    NAME("name"), KIND("kind"), COUNTY("county.name"), CITY("city");

    private final String attribute;

    ProviderSort(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }

    public static ProviderSort fromField(String field) {
        for (ProviderSort sort : values()) {
            if (sort.attribute.equals(field) || sort.name().equalsIgnoreCase(field)) {
                return sort;
            }
        }
        return NAME;
    }
}
