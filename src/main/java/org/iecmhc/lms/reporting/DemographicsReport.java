package org.iecmhc.lms.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.RaceEthnicity;

/**
 * Cohort demographics from the trainees' self-reported profiles. A trainee counts once per table: those who were
 * enrolled in the cohort (or in any cohort), whatever became of their enrollment; applicants not yet accepted do not.
 */
@ApplicationScoped
public class DemographicsReport {

    @Inject
    EntityManager em;

    public Demographics allCohorts() {
        return new Demographics(race(null), language(null));
    }

    public Demographics cohort(long cohortId) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new ReportRejected("cohort", "reports.cohort.unknown");
        }
        return new Demographics(race(cohortId), language(cohortId));
    }

    private Map<String, Long> race(Long cohortId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RaceEthnicity answer : RaceEthnicity.values()) {
            counts.put(answer.name(), 0L);
        }
        return count(counts, "race_ethnicity", cohortId);
    }

    private Map<String, Long> language(Long cohortId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LanguageBackground answer : LanguageBackground.values()) {
            counts.put(answer.name(), 0L);
        }
        return count(counts, "language", cohortId);
    }

    private Map<String, Long> count(Map<String, Long> counts, String column, Long cohortId) {
        counts.put(Demographics.NOT_ANSWERED, 0L);
        Query query = em.createNativeQuery("select p." + column + ", count(distinct e.trainee_id) from enrollment e"
                + " left join trainee_profile p on p.account_id = e.trainee_id where e.enrolled_on is not null"
                + (cohortId == null ? "" : " and e.cohort_id = ?") + " group by p." + column);
        if (cohortId != null) {
            query.setParameter(1, cohortId);
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            counts.put(row[0] == null ? Demographics.NOT_ANSWERED : row[0].toString(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
