package org.iecmhc.lms.completion;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * A source whose credits are one query of plain columns whose only parameter is {@code :cohort}, each row made into
 * a credit: a cohort's records run to thousands, and as entities each row's trainee would cost a query of its own.
 */
public abstract class ColumnCredits implements CreditSource {

    private EntityManager em;
    private String query;
    private Function<Object[], Credit> credit;

    /** For the container's proxy of the application-scoped source. */
    protected ColumnCredits() {
    }

    protected ColumnCredits(EntityManager em, String query, Function<Object[], Credit> credit) {
        this.em = em;
        this.query = query;
        this.credit = credit;
    }

    @Override
    public List<Credit> creditsIn(long cohortId) {
        return em.createQuery(query, Object[].class).setParameter("cohort", cohortId).getResultList().stream()
                .map(credit).toList();
    }
}
