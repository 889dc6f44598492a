package org.iecmhc.lms.completion;

import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A source whose credits are one query of plain columns, each row made into a credit: a cohort's records run to
 * thousands, and as entities each row's trainee would cost a query of its own. The query's {@code where} clause takes
 * the cohort as {@code :cohort}; one trainee's credits add a condition on the trainee's path, so a trainee's page
 * reads only their own records.
 */
public abstract class ColumnCredits implements CreditSource {

    @Inject
    EntityManager em;

    private final String query;
    private final String traineePath;
    private final String order;
    private final Function<Object[], Credit> credit;

    /**
     * @param query       select ... from ... where ..., with {@code :cohort}
     * @param traineePath the trainee's id in that query, such as {@code e.trainee.id}
     * @param order       the order by clause, or empty
     */
    protected ColumnCredits(String query, String traineePath, String order, Function<Object[], Credit> credit) {
        this.query = query;
        this.traineePath = traineePath;
        this.order = order;
        this.credit = credit;
    }

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return em.createQuery(query + order, Object[].class).setParameter("cohort", cohortId).getResultList().stream()
                .map(credit).toList();
    }

    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return em.createQuery(query + " and " + traineePath + " = :trainee" + order, Object[].class)
                .setParameter("cohort", cohortId).setParameter("trainee", traineeId).getResultList().stream()
                .map(credit).toList();
    }
}
