package org.iecmhc.lms.cohort;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;

/** Creating, describing, staffing and closing cohorts: one use case per method, one transaction each. */
@ApplicationScoped
public class Cohorts {

    @Inject
    EntityManager em;

    /** A planned cohort with the usual requirements and no faculty yet, as the API creates it. */
    @Transactional
    public Cohort create(CohortDetails details) {
        return create(details, CohortStatus.PLANNED, new CompletionRequirements(), Set.of());
    }

    /** Flushes, so that the caller has the new cohort's id even inside a longer transaction. */
    @Transactional
    public Cohort create(CohortDetails details, CohortStatus status, CompletionRequirements requirements,
                         Set<Long> facultyIds) {
        details.check();
        refuseTakenName(details.name(), null);
        checkRequirements(requirements);
        Cohort cohort = new Cohort(details.name(), details.startDate(), details.endDate(), details.language(),
                details.capacity());
        cohort.setStatus(status);
        cohort.setRequirements(requirements);
        cohort.setFaculty(faculty(facultyIds));
        em.persist(cohort);
        em.flush();
        return cohort;
    }

    /** Saves the form over the cohort; a newer version saved meanwhile by someone else wins and this one fails. */
    @Transactional
    public Cohort update(long id, long version, CohortDetails details, CohortStatus status,
                         CompletionRequirements requirements, Set<Long> facultyIds) {
        details.check();
        Cohort cohort = require(id);
        cohort.requireVersion(version);
        refuseTakenName(details.name(), id);
        if (details.capacity() < activeEnrollments(id)) {
            throw new CohortRejected("capacity", "cohort.capacity.belowEnrolled");
        }
        checkRequirements(requirements);
        cohort.describe(details.name(), details.startDate(), details.endDate(), details.language(), details.capacity());
        cohort.setStatus(status);
        cohort.setRequirements(requirements);
        cohort.setFaculty(faculty(facultyIds));
        return cohort;
    }

    @Transactional
    public void close(long id) {
        require(id).setStatus(CohortStatus.CLOSED);
    }

    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    public long countAll() {
        return em.createQuery("select count(c) from Cohort c", Long.class).getSingleResult();
    }

    /** Newest first, as the list page and the API show them. */
    public List<Cohort> list(int first, int pageSize) {
        return em.createQuery("select c from Cohort c order by c.startDate desc, c.id desc", Cohort.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Active (applied or enrolled) enrollments of each of these cohorts, in one query. */
    public Map<Long, Long> activeEnrollments(Collection<Long> cohortIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select e.cohort.id, count(e) from Enrollment e where e.cohort.id in :ids"
                        + " and e.status in :active group by e.cohort.id", Object[].class)
                .setParameter("ids", cohortIds)
                .setParameter("active", EnrollmentStatus.activeOnes())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public long activeEnrollments(long cohortId) {
        return activeEnrollments(List.of(cohortId)).getOrDefault(cohortId, 0L);
    }

    /** Everyone who may be assigned as faculty: active accounts with the faculty role. */
    public List<Account> facultyCandidates() {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role and a.active = true"
                + " order by a.lastName, a.firstName", Account.class).setParameter("role", Role.FACULTY).getResultList();
    }

    private Set<Account> faculty(Set<Long> ids) {
        Set<Account> faculty = new HashSet<>();
        for (Long accountId : ids) {
            Account account = em.find(Account.class, accountId);
            if (account == null || !account.hasRole(Role.FACULTY)) {
                throw new CohortRejected("faculty", "cohort.faculty.notFaculty");
            }
            faculty.add(account);
        }
        return faculty;
    }

    private static void checkRequirements(CompletionRequirements requirements) {
        if (requirements.getSupervisionHours() == null || requirements.getSupervisionHours().signum() < 0) {
            throw new CohortRejected("supervisionHours", "cohort.requirement.negative");
        }
        if (requirements.getPracticumHours() == null || requirements.getPracticumHours().signum() < 0) {
            throw new CohortRejected("practicumHours", "cohort.requirement.negative");
        }
        if (requirements.getCopMeetings() < 0) {
            throw new CohortRejected("copMeetings", "cohort.requirement.negative");
        }
    }

    private void refuseTakenName(String name, Long except) {
        List<Long> same = em.createQuery("select c.id from Cohort c where lower(c.name) = :name", Long.class)
                .setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(except))) {
            throw new CohortRejected("name", "cohort.name.taken");
        }
    }

    Cohort require(long id) {
        return find(id).orElseThrow(() -> new CohortRejected("cohort", "cohort.notFound"));
    }

    /**
     * The cohort, locked until the transaction ends, so that two enrollments or imports at the same time cannot
     * both take the last places.
     */
    Cohort requireForEnrollment(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new CohortRejected("cohort", "cohort.notFound"));
    }
}
