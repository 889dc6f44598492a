package org.iecmhc.lms.completion;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * A source whose credits are one query of plain columns, each row made into a credit: a cohort's records run to
 * thousands, and as entities each row's trainee would cost a query of its own. The query's {@code where} clause takes
 * the cohort as {@code :cohort}; one trainee's credits add a condition on the trainee's path, so a trainee's page
 * reads only their own records.
 */
public abstract class ColumnCredits implements CreditSource {

    private EntityManager em;
    private String query;
    private String traineePath;
    private String order;
    private Function<Object[], Credit> credit;

    /** For the container's proxy of the application-scoped source. */
    protected ColumnCredits() {
    }

    /**
     * @param query       select ... from ... where ..., with {@code :cohort}
     * @param traineePath the trainee's id in that query, such as {@code e.trainee.id}
     * @param order       the order by clause, or empty
     */
    protected ColumnCredits(EntityManager em, String query, String traineePath, String order,
                            Function<Object[], Credit> credit) {
        this.em = em;
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
