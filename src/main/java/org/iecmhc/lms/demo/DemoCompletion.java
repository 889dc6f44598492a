package org.iecmhc.lms.demo;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.completion.Completions;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * With {@code lms.demo=true}, gives the trainees that {@link DemoCohorts} marked completed in the past cohort
 * (such as "2025-2026", see {@link DemoYears}) their certificates, with the figures their records give (the other demos run first and add those
 * records; a feature missing from the build simply adds none). Ana García's is the one tests look up.
 */
@ApplicationScoped
public class DemoCompletion {

    private static final Logger LOG = Logger.getLogger(DemoCompletion.class.getName());
    @Inject
    DemoSwitch demo;

    @Inject
    EntityManager em;


    @Inject
    Completions completion;


    void onDatabaseReady(@Observes @Priority(190) DatabaseReady ready) {
        if (!demo.isOn()) {
            return;
        }
        String pastCohort = DemoYears.at(demo.clock()).pastName();
        List<Long> completed = em.createQuery("select e.id from Enrollment e where e.cohort.name = :cohort"
                        + " and e.status = :completed and not exists (select c from Certificate c where c.enrollment = e)"
                        + " order by e.id", Long.class)
                .setParameter("cohort", pastCohort).setParameter("completed", EnrollmentStatus.COMPLETED)
                .getResultList();
        completed.forEach(id -> completion.issueForCompleted(id, DemoPerson.ADMIN.email()));
        if (!completed.isEmpty()) {
            LOG.info(() -> "Demo certificates issued: " + completed.size() + " in cohort " + pastCohort);
        }
    }
}
