package org.iecmhc.lms.reporting;

/**
 * How many people one county's records reached in a range of fiscal years, per service. Providers in Communities of
 * Practice for providers are their own column, apart from the Communities of Support (and from the trainees' CoPs,
 * which reach trainees, not a county's providers). Webinar attendees count in the county they registered from.
 */
public record CountyReach(String fips, long helplineCalls, long openDoorProviders, long supportParticipants,
                          long consultationAssignments, long providerPracticeParticipants, long webinarAttendees) {

    /** A county without any record in the range. */
    static CountyReach none(String fips) {
        return new CountyReach(fips, 0, 0, 0, 0, 0, 0);
    }

    /** What the map shades by: every call, participant and assignment of the county. */
    public long total() {
        return helplineCalls + openDoorProviders + supportParticipants + consultationAssignments
                + providerPracticeParticipants + webinarAttendees;
    }
}
