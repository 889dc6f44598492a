package org.iecmhc.lms.evaluation;

/** How a survey question is answered. */
public enum QuestionKind {
    /** A rating from 1 (strongly disagree, or beginning) to 5 (strongly agree, or exemplary). */
    LIKERT,
    YES_NO,
    TEXT;

    public static final int LIKERT_MIN = 1;
    public static final int LIKERT_MAX = 5;

    public String messageKey() {
        return "evaluation.kind." + name();
    }
}
