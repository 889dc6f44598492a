package org.iecmhc.lms.cohort;

/** Where an enrollment stands. Applied and enrolled are active; the other three are final. */
public enum EnrollmentStatus {
    APPLIED, ENROLLED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

    public boolean isActive() {
        return this == APPLIED || this == ENROLLED;
    }

    public static java.util.List<EnrollmentStatus> activeOnes() {
        return java.util.List.of(APPLIED, ENROLLED);
    }

    public String messageKey() {
        return "enrollment.status." + name();
    }
}
