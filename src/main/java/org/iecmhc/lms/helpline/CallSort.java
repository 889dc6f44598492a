package org.iecmhc.lms.helpline;

/** The call-list columns that can be sorted, mapped to entity attributes so no text reaches the query. */
public enum CallSort {
    RECEIVED("receivedAt"), DURATION("durationMinutes"), COUNTY("county.name"), ROLE("callerRole");

    private final String attribute;

    CallSort(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }

    public static CallSort fromField(String field) {
        for (CallSort sort : values()) {
            if (sort.attribute.equals(field)) {
                return sort;
            }
        }
        return RECEIVED;
    }
}
