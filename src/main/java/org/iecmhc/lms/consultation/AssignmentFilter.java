package org.iecmhc.lms.consultation;

/** The list's filters; a null field filters nothing. */
public record AssignmentFilter(AssignmentStatus status, ConsultationLevel level, String countyFips) {

    public static AssignmentFilter everything() {
        return new AssignmentFilter(null, null, null);
    }
}
