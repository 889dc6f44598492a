package org.iecmhc.lms.evaluation;

import org.iecmhc.lms.cohort.Enrollment;

/** A trainee's enrollment on the competency list, with its evaluation when one was started. */
public record CompetencyRow(Enrollment enrollment, CompetencyEvaluation evaluation) {

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public CompetencyEvaluation getEvaluation() {
        return evaluation;
    }
}
