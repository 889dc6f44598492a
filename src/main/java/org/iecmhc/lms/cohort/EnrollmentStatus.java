package org.iecmhc.lms.cohort;

import java.util.List;

/** Where an enrollment stands. Applied and enrolled are active; the other three are final. */
public enum EnrollmentStatus {
    APPLIED, ENROLLED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

    public boolean isActive() {
        return this == APPLIED || this == ENROLLED;
    }

    public static List<EnrollmentStatus> activeOnes() {
        return List.of(APPLIED, ENROLLED);
    }

    /**
     * Enrollments whose trainee was admitted and did not withdraw: their year is under way or over, and what they
     * took part in stays theirs to read.
     */
    public static List<EnrollmentStatus> admittedOnes() {
        return List.of(ENROLLED, COMPLETED, NOT_COMPLETED);
    }

    public String messageKey() {
        return "enrollment.status." + name();
    }
}
