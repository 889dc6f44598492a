package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.CreditState;

/** Completion's view of the final competency evaluations: one credit per evaluated trainee, earned once submitted. */
@ApplicationScoped
public class FinalEvaluationCredits implements CreditSource {

    private EntityManager em;

    protected FinalEvaluationCredits() {
    }

    @Inject
    public FinalEvaluationCredits(EntityManager em) {
        this.em = em;
    }

    private static final String EVALUATIONS = "select e.trainee.id, c.status, c.submittedOn, c.updatedOn"
            + " from CompetencyEvaluation c join c.enrollment e where e.cohort.id = :cohort";

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return CreditSource.fromColumns(em, EVALUATIONS + " order by c.id", cohortId, FinalEvaluationCredits::credit);
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return CreditSource.fromColumns(em, EVALUATIONS + " and e.trainee.id = :trainee order by c.id", cohortId, traineeId,
                FinalEvaluationCredits::credit);
    }

    private static Credit credit(Object[] row) {
        boolean submitted = row[1] == EvaluationStatus.SUBMITTED;
        return new Credit((Long) row[0], CreditKind.FINAL_EVALUATION, 1, submitted ? CreditState.EARNED : CreditState.PENDING,
                (LocalDate) (submitted ? row[2] : row[3]));
    }
}
