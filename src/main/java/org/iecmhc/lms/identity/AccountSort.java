package org.iecmhc.lms.identity;

/** The columns the account list can be ordered by, mapped to entity attributes so no text reaches the query. */
public enum AccountSort {
    EMAIL("email"), FIRST_NAME("firstName"), LAST_NAME("lastName"), CREATED("createdAt"), ACTIVE("active");

    private final String attribute;

    AccountSort(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }

    public static AccountSort fromField(String field) {
        for (AccountSort sort : values()) {
            if (sort.attribute.equals(field)) {
                return sort;
            }
        }
        return LAST_NAME;
    }
}
