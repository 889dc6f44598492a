package org.iecmhc.lms.evaluation;

/** A competency evaluation is written as a draft and becomes read-only once submitted. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED;

    public String messageKey() {
        return "evaluation.status." + name();
    }
}
