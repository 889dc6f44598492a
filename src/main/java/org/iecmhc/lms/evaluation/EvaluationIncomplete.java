package org.iecmhc.lms.evaluation;

import java.util.Map;

/**
 * Several answers of one form refused at once (each required question left empty, each value out of range), so the
 * page can put every message next to its own field in one go.
 */
public class EvaluationIncomplete extends EvaluationRejected {

    private final Map<String, String> problems;

    EvaluationIncomplete(Map<String, String> problems) {
        super(problems.keySet().iterator().next(), problems.values().iterator().next());
        this.problems = Map.copyOf(problems);
    }

    /** Message key per field. */
    public Map<String, String> problems() {
        return problems;
    }
}
