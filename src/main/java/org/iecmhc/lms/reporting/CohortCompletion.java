package org.iecmhc.lms.reporting;

import java.util.Map;

import org.iecmhc.lms.completion.CreditKind;

/**
 * One line of the completion report: enrolled counts everyone accepted into the cohort, withdrawn and completed are
 * among them, and the medians are over the trainees who did not withdraw.
 */
public record CohortCompletion(long cohortId, String cohort, long enrolled, long withdrawn, long completed,
                               Map<CreditKind, Double> medians) {

    public Double getCompletionRate() {
        return ImpactFigures.percent(completed, enrolled);
    }

    public Double median(CreditKind kind) {
        return medians.get(kind);
    }
}
