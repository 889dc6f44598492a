package org.iecmhc.lms.evaluation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;

/** Completion's view of the final competency evaluations: one credit per evaluated trainee, earned once submitted. */
@ApplicationScoped
public class FinalEvaluationCredits extends ColumnCredits {

    public FinalEvaluationCredits() {
        super("select e.trainee.id, c.status, c.submittedOn, c.updatedOn"
                + " from CompetencyEvaluation c join c.enrollment e where e.cohort.id = :cohort", "e.trainee.id",
                " order by c.id",
                row -> {
                    boolean submitted = row[1] == EvaluationStatus.SUBMITTED;
                    return new Credit((Long) row[0], CreditKind.FINAL_EVALUATION, 1,
                            submitted ? CreditState.EARNED : CreditState.PENDING,
                            (LocalDate) (submitted ? row[2] : row[3]));
                });
    }
}
