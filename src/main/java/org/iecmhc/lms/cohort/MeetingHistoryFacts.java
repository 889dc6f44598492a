package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;

/**
 * What a meeting history file is checked against, every cohort by name and its trainees by e-mail, and the accounts
 * its checked lines name when they are stored: two queries each.
 */
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

    /** The accounts the entries name: those who led the meetings by e-mail, the trainees listed by id. */
    public People people(Collection<? extends MeetingHistory.Entry<?>> entries) {
        return new People(accounts("a.email in :keys", entries.stream().map(entry -> entry.meeting().leaderEmail())
                        .collect(Collectors.toSet()), Account::getEmail),
                accounts("a.id in :keys", entries.stream().map(MeetingHistory.Entry::traineeId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()), Account::getId));
    }

    private <K> Map<K, Account> accounts(String where, Set<?> keys, Function<Account, K> key) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where " + where, Account.class).setParameter("keys", keys)
                .getResultStream().collect(Collectors.toMap(key, Function.identity()));
    }

    public record People(Map<String, Account> leaders, Map<Long, Account> trainees) {
    }
}
