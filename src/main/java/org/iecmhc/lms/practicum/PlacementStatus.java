package org.iecmhc.lms.practicum;

/** Where a practicum placement stands. */
public enum PlacementStatus {
    PLANNED, ACTIVE, COMPLETED, ENDED_EARLY;

    public String messageKey() {
        return "practicum.placement.status." + name();
    }
}
