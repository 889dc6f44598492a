package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;

/** What the home page shows a trainee (cohort, courses, recently graded) and a faculty member. */
@ApplicationScoped
public class HomeSummary {

    static final int SHORT_LIST = 5;

    @Inject
    EntityManager em;

    /** Names of the cohorts the trainee is currently in. */
    public List<String> cohortsOf(String email) {
        return em.createQuery("select e.cohort.name from Enrollment e where e.trainee.email = :email"
                        + " and e.status in :statuses order by e.cohort.startDate desc", String.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("statuses", List.of(EnrollmentStatus.APPLIED, EnrollmentStatus.ENROLLED))
                .getResultList();
    }

    /** Columns of a course listed for a person: its faculty by name, so no account and no roles are loaded. */
    private static final String COURSE_COLUMNS = "select new org.iecmhc.lms.course.HomeCourse(c.id, c.title, c.cohort.name,"
            + " f.firstName, f.lastName, c.required) from Course c left join c.faculty f";

    public List<HomeCourse> coursesOfTrainee(String email) {
        return em.createQuery(COURSE_COLUMNS + " where c.cohort in (select e.cohort from Enrollment e"
                        + " where e.trainee.email = :email and e.status in :statuses) order by c.startDate, c.title", HomeCourse.class)
                .setParameter("email", Account.normalizeEmail(email)).setParameter("statuses", CourseAccess.SEES_COURSES)
                .getResultList();
    }

    public List<HomeCourse> coursesOfFaculty(String email) {
        return em.createQuery(COURSE_COLUMNS + " where exists (select t from Course k join k.teachers t where k = c"
                        + " and t.email = :email)"
                        + " order by c.cohort.startDate desc, c.title", HomeCourse.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultList();
    }

    /** The trainee's work that came back (graded or returned for revision), latest first. */
    public List<ReturnedWork> recentlyGraded(String email) {
        return em.createQuery("select new org.iecmhc.lms.course.ReturnedWork(a.id, a.title, s.status, s.points, a.maxPoints)"
                        + " from Submission s join s.assignment a"
                        + " where s.trainee.email = :email and s.status in :statuses order by s.gradedAt desc, s.id desc",
                        ReturnedWork.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("statuses", List.of(SubmissionStatus.GRADED, SubmissionStatus.RETURNED))
                .setMaxResults(SHORT_LIST).getResultList();
    }

    /** Submissions waiting for grading per course id of the faculty member. */
    public Map<Long, Long> waitingByCourse(String email) {
        Map<Long, Long> waiting = new HashMap<>();
        em.createQuery("select a.course.id, count(s) from Submission s join s.assignment a join a.course.teachers t where t.email = :email"
                        + " and s.status = :status group by a.course.id", Object[].class)
                .setParameter("email", Account.normalizeEmail(email)).setParameter("status", SubmissionStatus.SUBMITTED)
                .getResultList().forEach(r -> waiting.put((Long) r[0], (Long) r[1]));
        return waiting;
    }

    /** Submissions graded by the faculty member so far. */
    public long gradedBy(String email) {
        return em.createQuery("select count(s) from Submission s where s.grader.email = :email and s.status = :status", Long.class)
                .setParameter("email", Account.normalizeEmail(email)).setParameter("status", SubmissionStatus.GRADED)
                .getSingleResult();
    }

    /** A trainee's points on graded work, shown with its maximum. */
    public static String score(Submission submission) {
        return score(submission.getPoints(), submission.getAssignment().getMaxPoints());
    }

    static String score(BigDecimal points, int maxPoints) {
        return points == null ? "" : points.stripTrailingZeros().toPlainString() + " / " + maxPoints;
    }
}
