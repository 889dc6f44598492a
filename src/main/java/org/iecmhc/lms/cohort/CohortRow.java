package org.iecmhc.lms.cohort;

import java.io.Serializable;

/**
 * A cohort as a line of the administrators' list, its texts already in the reader's language. Read by the page as
 * properties, not through called methods, which EL looks up anew at every call (see {@code AccountRow}).
 */
public final class CohortRow implements Serializable {

    private final long id;
    private final String name;
    private final String startDate;
    private final String endDate;
    private final String language;
    private final String status;
    private final String seats;

    CohortRow(Cohort cohort, String language, String status, long activeEnrollments) {
        this.id = cohort.getId();
        this.name = cohort.getName();
        this.startDate = String.valueOf(cohort.getStartDate());
        this.endDate = String.valueOf(cohort.getEndDate());
        this.language = language;
        this.status = status;
        this.seats = activeEnrollments + " / " + cohort.getCapacity();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Such as "2026-09-01". */
    public String getStartDate() {
        return startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public String getLanguage() {
        return language;
    }

    public String getStatus() {
        return status;
    }

    /** Active enrollments of the capacity, such as "12 / 30". */
    public String getSeats() {
        return seats;
    }
}
