package org.iecmhc.lms.completion;

import org.iecmhc.lms.cohort.EnrollmentStatus;

/** One enrollment of a cohort, as far as progress needs it. */
public record Member(long enrollmentId, long traineeId, String name, EnrollmentStatus status) {
}
