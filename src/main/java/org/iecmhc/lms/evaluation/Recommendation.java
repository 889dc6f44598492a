package org.iecmhc.lms.evaluation;

/** Faculty's recommendation at the end of a trainee's competency evaluation. */
public enum Recommendation {
    RECOMMENDED, RECOMMENDED_WITH_CONDITIONS, NOT_RECOMMENDED;

    public String messageKey() {
        return "evaluation.recommendation." + name();
    }
}
