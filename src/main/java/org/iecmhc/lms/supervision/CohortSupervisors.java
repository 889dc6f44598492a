package org.iecmhc.lms.supervision;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * Who supervises whom: a cohort's reflective-supervision hours are credited only by its faculty (those an
 * administrator named on the cohort and those teaching one of its courses) and by the supervisors an administrator
 * assigned to it here. Checked on the server each time a session is scheduled, changed or its attendance taken.
 */
@ApplicationScoped
public class CohortSupervisors {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    /** Whether this faculty member may run sessions, and so credit hours, in this cohort now. */
    public boolean maySupervise(Account supervisor, long cohortId) {
        return supervisor.hasRole(Role.FACULTY) && em.createQuery("select count(c) from Cohort c where c.id = :cohort"
                        + " and (:person member of c.faculty"
                        + " or exists (select k from Course k where k.cohort = c and :person member of k.teachers)"
                        + " or exists (select a from SupervisorAssignment a where a.cohort = c and a.supervisor = :person))",
                        Long.class)
                .setParameter("cohort", cohortId).setParameter("person", supervisor).getSingleResult() > 0;
    }

    /**
     * Each cohort with each faculty member who may supervise in it now, by the rule of {@link #maySupervise}, in three
     * queries for all cohorts: what a history file of sessions is checked against.
     */
    public Set<Map.Entry<Long, String>> everyCohortsSupervisors() {
        Set<Map.Entry<Long, String>> pairs = new HashSet<>();
        for (String query : List.of("select c.id, p.email from Cohort c join c.faculty p join p.roles r where r = :role",
                "select k.cohort.id, p.email from Course k join k.teachers p join p.roles r where r = :role",
                "select a.cohort.id, p.email from SupervisorAssignment a join a.supervisor p join p.roles r"
                        + " where r = :role")) {
            em.createQuery(query, Object[].class).setParameter("role", Role.FACULTY).getResultList()
                    .forEach(row -> pairs.add(Map.entry((Long) row[0], (String) row[1])));
        }
        return pairs;
    }

    /** The cohorts this person may supervise in, newest first: what their session form offers. */
    public List<Cohort> cohortsOf(String email) {
        return em.createQuery("select c from Cohort c, Account p where p.email = :email and (p member of c.faculty"
                        + " or exists (select k from Course k where k.cohort = c and p member of k.teachers)"
                        + " or exists (select a from SupervisorAssignment a where a.cohort = c and a.supervisor = p))"
                        + " order by c.startDate desc, c.id desc", Cohort.class)
                .setParameter("email", email).getResultList();
    }

    /** The faculty who supervise in the cohort without an assignment: named on it or teaching one of its courses. */
    public List<Account> facultyOf(long cohortId) {
        return em.createQuery("select distinct p from Account p, Cohort c where c.id = :cohort and (p member of c.faculty"
                        + " or exists (select k from Course k where k.cohort = c and p member of k.teachers))"
                        + " order by p.lastName, p.firstName", Account.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    public List<Account> assigned(long cohortId) {
        return em.createQuery("select a.supervisor from SupervisorAssignment a where a.cohort.id = :cohort"
                        + " order by a.supervisor.lastName, a.supervisor.firstName", Account.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    /** Everyone an administrator may assign: active faculty members. */
    public List<Account> candidates() {
        return accounts.activeWithRole(Role.FACULTY);
    }

    /**
     * An administrator sets the cohort's assigned supervisors: those left out lose the assignment, new ones get it.
     * Sessions already held keep the hours they credited.
     */
    @Transactional
    public void assign(Viewer viewer, long cohortId, Set<Long> supervisorIds) {
        if (!viewer.administrator()) {
            throw new InputRejected("supervisors", "supervision.supervisors.administratorOnly");
        }
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new InputRejected("supervisors", "supervision.cohort.required");
        }
        List<Account> chosen = candidates().stream().filter(a -> supervisorIds.contains(a.getId())).toList();
        if (chosen.size() != supervisorIds.size()) {
            throw new InputRejected("supervisors", "supervision.supervisors.notFaculty");
        }
        List<SupervisorAssignment> current = em.createQuery("select a from SupervisorAssignment a"
                + " where a.cohort = :cohort", SupervisorAssignment.class).setParameter("cohort", cohort).getResultList();
        current.stream().filter(a -> !supervisorIds.contains(a.getSupervisor().getId())).forEach(em::remove);
        Set<Long> kept = current.stream().map(a -> a.getSupervisor().getId()).collect(Collectors.toSet());
        chosen.stream().filter(a -> !kept.contains(a.getId())).forEach(a -> em.persist(new SupervisorAssignment(cohort, a)));
    }
}
