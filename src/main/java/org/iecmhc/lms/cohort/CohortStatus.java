package org.iecmhc.lms.cohort;

public enum CohortStatus {
    PLANNED, ACTIVE, CLOSED;

    public String messageKey() {
        return "cohort.status." + name();
    }
}
