package org.iecmhc.lms.evaluation;

import java.util.List;
import java.util.stream.IntStream;

/** How a survey question is answered. */
public enum QuestionKind {
    /** A rating from 1 (strongly disagree, or beginning) to 5 (strongly agree, or exemplary). */
    LIKERT,
    YES_NO,
    TEXT;

    public static final int LIKERT_MIN = 1;
    public static final int LIKERT_MAX = 5;

    /** The ratings a Likert question offers, lowest first. */
    public static List<Integer> likertScale() {
        return IntStream.rangeClosed(LIKERT_MIN, LIKERT_MAX).boxed().toList();
    }

    public String messageKey() {
        return "evaluation.kind." + name();
    }
}
