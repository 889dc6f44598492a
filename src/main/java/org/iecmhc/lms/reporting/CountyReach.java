package org.iecmhc.lms.reporting;

/** How many people one county's records reached in a range of fiscal years, per service. */
public record CountyReach(String fips, long helplineCalls, long openDoorProviders, long supportParticipants,
                          long consultationAssignments) {

    /** What the map shades by: every call, participant and assignment of the county. */
    public long total() {
        return helplineCalls + openDoorProviders + supportParticipants + consultationAssignments;
    }
}
