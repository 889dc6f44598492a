package org.iecmhc.lms.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;

/** Completion's view of the final competency evaluations: one credit per evaluated trainee, earned once submitted. */
@ApplicationScoped
public class FinalEvaluationCredits extends ColumnCredits {

    public FinalEvaluationCredits() {
        super("select e.trainee_id, 1, c.status, c.submitted_on, c.updated_on, null"
                + " from competency_evaluation c join enrollment e on e.id = c.enrollment_id where e.cohort_id = ?",
                "e.cohort_id", "e.trainee_id",
                row -> {
                    boolean submitted = EvaluationStatus.valueOf(row.state()) == EvaluationStatus.SUBMITTED;
                    return new Credit(row.traineeId(), CreditKind.FINAL_EVALUATION, 1,
                            submitted ? CreditState.EARNED : CreditState.PENDING,
                            (submitted ? row.first() : row.second()).toLocalDate());
                });
    }
}
