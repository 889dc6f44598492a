package org.iecmhc.lms.course;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;

/**
 * Copying a course into another cohort, as a new year's course starts from last year's: modules, materials (the same
 * stored files), assignments with their rubrics and whatever other features keep per course ({@link CourseCopyStep}),
 * every date moved by the days between the two cohorts' starts. Trainees' work and grades stay with the old course.
 * Administrators copy any course and choose who teaches the copy; the faculty member of a course copies it and teaches
 * the copy. A closed cohort takes no new course.
 */
@ApplicationScoped
public class CourseCopies {

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<CourseCopyStep> steps;

    /** The course, when the signed-in person may copy it. */
    public Optional<Course> copyable(String email, long courseId) {
        return new CourseAccess(em).find(email, Course.class, courseId, CourseAccess::canCopy);
    }

    /** Cohorts a course may be copied into: those not closed, newest first. */
    public List<Cohort> targets() {
        return em.createQuery("select c from Cohort c where c.status <> :closed order by c.startDate desc, c.name", Cohort.class)
                .setParameter("closed", CohortStatus.CLOSED).getResultList();
    }

    /**
     * The copy, in one transaction: a fixed number of reads whatever the course's size (the caller, the course with its
     * modules, materials and their files, the target cohort, the assignments with their rubrics), then one insert per
     * copied record and its audit entry.
     */
    @Transactional
    public Course copy(String email, long courseId, Long targetCohortId, Long facultyId) {
        CourseAccess access = new CourseAccess(em);
        Account caller = access.caller(email);
        Course source = em.createQuery("select c from Course c where c.id = :id", Course.class).setParameter("id", courseId)
                .setHint(QueryHints.LEFT_FETCH, "c.modules.materials.file").getResultStream().findFirst()
                .filter(course -> access.canCopy(caller, course))
                .orElseThrow(() -> new CourseRejected("cohort", "course.notAvailable"));
        if (targetCohortId == null) {
            throw new CourseRejected("cohort", "course.cohort.required");
        }
        Cohort target = Optional.ofNullable(em.find(Cohort.class, targetCohortId)).filter(c -> !c.isClosed())
                .orElseThrow(() -> new CourseRejected("cohort", "courseCopy.cohort.closed"));
        long shiftDays = ChronoUnit.DAYS.between(source.getCohort().getStartDate(), target.getStartDate());
        Course copy = source.copyInto(target, teacherOfCopy(caller, facultyId), shiftDays);
        em.persist(copy);
        for (Assignment assignment : assignmentsWithRubrics(source)) {
            em.persist(assignment.copyFor(copy, shiftDays));
        }
        // the steps and the page that opens the copy need its id
        em.flush();
        steps.forEach(step -> step.copy(source, copy));
        return copy;
    }

    private List<Assignment> assignmentsWithRubrics(Course source) {
        return em.createQuery("select distinct a from Assignment a where a.course = :course order by a.dueAt, a.id",
                        Assignment.class)
                .setParameter("course", source).setHint(QueryHints.LEFT_FETCH, "a.criteria.levels").getResultList();
    }

    /** An administrator's choice (or nobody yet); a faculty member copying their course teaches the copy. */
    private Account teacherOfCopy(Account caller, Long facultyId) {
        if (!caller.hasRole(Role.ADMINISTRATOR)) {
            return caller;
        }
        if (facultyId == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Account.class, facultyId)).filter(a -> a.hasRole(Role.FACULTY))
                .orElseThrow(() -> new CourseRejected("faculty", "course.faculty.notFaculty"));
    }
}
