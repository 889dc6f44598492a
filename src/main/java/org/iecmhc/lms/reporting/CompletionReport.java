package org.iecmhc.lms.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.completion.ColumnCredits;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditSource;

/** Per cohort, how many enrolled, withdrew and completed, and the median trainee's hours by kind. */
@ApplicationScoped
public class CompletionReport {

    private EntityManager em;
    private Iterable<CreditSource> sources;

    protected CompletionReport() {
    }

    @Inject
    public CompletionReport(EntityManager em, @Any Instance<CreditSource> sources) {
        this(em, (Iterable<CreditSource>) sources);
    }

    CompletionReport(EntityManager em, Iterable<CreditSource> sources) {
        this.em = em;
        this.sources = sources;
    }

    /** Every cohort, newest first. */
    public List<CohortCompletion> cohorts() {
        List<?> rows = em.createNativeQuery("select c.id, c.name,"
                + " coalesce(sum(case when e.enrolled_on is not null then 1 else 0 end), 0),"
                + " coalesce(sum(case when e.enrolled_on is not null and e.status = 'WITHDRAWN' then 1 else 0 end), 0),"
                + " coalesce(sum(case when e.status = 'COMPLETED' then 1 else 0 end), 0)"
                + " from cohort c left join enrollment e on e.cohort_id = c.id"
                + " group by c.id, c.name, c.start_date order by c.start_date desc, c.id desc").getResultList();
        Map<Long, Set<Long>> stayed = stayingTrainees();
        List<CohortCompletion> report = new ArrayList<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            long cohortId = ((Number) row[0]).longValue();
            Set<Long> trainees = stayed.getOrDefault(cohortId, Set.of());
            report.add(new CohortCompletion(cohortId, (String) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), MedianHours.of(credits(cohortId), trainees)));
        }
        return report;
    }

    private Map<Long, Set<Long>> stayingTrainees() {
        Map<Long, Set<Long>> byCohort = new HashMap<>();
        for (Object result : em.createNativeQuery("select cohort_id, trainee_id from enrollment"
                + " where enrolled_on is not null and status <> 'WITHDRAWN'").getResultList()) {
            Object[] row = (Object[]) result;
            byCohort.computeIfAbsent(((Number) row[0]).longValue(), c -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        return byCohort;
    }

    private List<Credit> credits(long cohortId) {
        return ColumnCredits.gathered(em, sources, cohortId, null);
    }
}
