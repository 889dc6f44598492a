package org.iecmhc.lms.evaluation;

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

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return em.createQuery("select c from CompetencyEvaluation c join fetch c.enrollment e where e.cohort.id = :cohort"
                        + " order by c.id", CompetencyEvaluation.class)
                .setParameter("cohort", cohortId).getResultList().stream()
                .map(c -> new Credit(c.getEnrollment().getTrainee().getId(), CreditKind.FINAL_EVALUATION, 1,
                        c.isSubmitted() ? CreditState.EARNED : CreditState.PENDING,
                        c.isSubmitted() ? c.getSubmittedOn() : c.getUpdatedOn()))
                .toList();
    }
}
