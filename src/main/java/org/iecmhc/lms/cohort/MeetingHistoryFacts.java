package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What a meeting history file is checked against: every cohort by name and its trainees by e-mail, in two queries. */
@ApplicationScoped
public class MeetingHistoryFacts {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param attending the enrollment statuses whose trainees the feature records at its meetings
     * @param mayLead   the feature's rule for who may lead its meetings in a cohort
     */
    public MeetingHistory.Known known(Collection<EnrollmentStatus> attending, BiPredicate<Long, String> mayLead) {
        Map<String, Long> cohorts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select c.id, c.name from Cohort c", Object[].class).getResultList().forEach(row -> {
            cohorts.put(((String) row[1]).toLowerCase(Locale.ROOT), (Long) row[0]);
            names.put((Long) row[0], (String) row[1]);
        });
        Map<Long, Map<String, Long>> trainees = new HashMap<>();
        em.createQuery("select e.cohort.id, t.email, t.id from Enrollment e join e.trainee t where e.status in :statuses",
                        Object[].class).setParameter("statuses", attending).getResultList()
                .forEach(row -> trainees.computeIfAbsent((Long) row[0], c -> new HashMap<>()).put((String) row[1], (Long) row[2]));
        return new MeetingHistory.Known(cohorts, names, trainees, mayLead, clock);
    }
}
