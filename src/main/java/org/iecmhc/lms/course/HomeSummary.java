package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.persistence.UnionAll;

/** What the home page shows a trainee (cohort, courses, recently graded) and a faculty member. */
@ApplicationScoped
public class HomeSummary {

    static final int SHORT_LIST = 5;
    /** The part, its order and the nine columns of the three parts. */
    private static final int COLUMNS = 11;

    @Inject
    EntityManager em;

    /** Columns of a course listed for a person: its faculty by name, so no account and no roles are loaded. */
    private static final String COURSE_COLUMNS = "select new org.iecmhc.lms.course.HomeCourse(c.id, c.title, c.cohort.name,"
            + " f.firstName, f.lastName, c.required) from Course c left join c.faculty f";

    /**
     * The trainee's cohorts (those they applied to or are in, latest first), the courses of the cohorts whose courses
     * they see, and their latest work that came back (graded or returned for revision): one statement for the three
     * parts of the home page (issue 17), each part numbered in its own order by {@code ord}. A read not sent yet: the
     * home page sends it with its other reads.
     */
    public SqlRead<TraineeSummary> ofTrainee(String email) {
        String me = " join account t on t.id = e.trainee_id where t.email = ?";
        String normalized = Account.normalizeEmail(email);
        String seesCourses = String.join(", ", Collections.nCopies(CourseAccess.SEES_COURSES.size(), "?"));
        UnionAll parts = new UnionAll()
                .add("select row_number() over (order by co.start_date desc) as ord, null as id, co.name as title,"
                                + " null as cohort, null as first_name, null as last_name, null as required, null as status,"
                                + " null as points, null as max_points"
                                + " from enrollment e join cohort co on co.id = e.cohort_id" + me
                                + " and e.status in (?, ?)",
                        List.of(normalized, EnrollmentStatus.APPLIED.name(), EnrollmentStatus.ENROLLED.name()))
                .add("select row_number() over (order by c.start_date, c.title) as ord, c.id, c.title, co.name,"
                                + " f.first_name, f.last_name, c.required, null, null, null"
                                + " from course c join cohort co on co.id = c.cohort_id"
                                + " left join account f on f.id = c.faculty_id"
                                + " where c.cohort_id in (select e.cohort_id from enrollment e" + me
                                + " and e.status in (" + seesCourses + "))",
                        courseParameters(normalized))
                .add("select row_number() over (order by s.graded_at desc, s.id desc) as ord, a.id, a.title, null,"
                                + " null, null, null, s.status, s.points, a.max_points"
                                + " from submission s join assignment a on a.id = s.assignment_id"
                                + " join account t on t.id = s.trainee_id where t.email = ? and s.status in (?, ?)",
                        List.of(normalized, SubmissionStatus.GRADED.name(), SubmissionStatus.RETURNED.name()));
        return parts.read(COLUMNS, HomeSummary::summaryOf, "select * from (%s) u where part < 2 or ord <= ?", SHORT_LIST);
    }

    private static TraineeSummary summaryOf(List<Object[]> rows) {
        List<String> cohorts = new ArrayList<>();
        List<HomeCourse> courses = new ArrayList<>();
        List<ReturnedWork> graded = new ArrayList<>();
        List<Object[]> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((Object[] row) -> UnionAll.part(row)).thenComparing(row -> id(row[1])));
        for (Object[] row : ordered) {
            switch (UnionAll.part(row)) {
                case 0 -> cohorts.add((String) row[3]);
                case 1 -> courses.add(new HomeCourse(id(row[2]), (String) row[3], (String) row[4], (String) row[5],
                        (String) row[6], flag(row[7])));
                default -> graded.add(new ReturnedWork(id(row[2]), (String) row[3],
                        SubmissionStatus.valueOf((String) row[8]), (BigDecimal) row[9], ((Number) row[10]).intValue()));
            }
        }
        return new TraineeSummary(cohorts, courses, graded);
    }

    private static List<Object> courseParameters(String email) {
        List<Object> parameters = new ArrayList<>(List.of(email));
        CourseAccess.SEES_COURSES.forEach(status -> parameters.add(status.name()));
        return parameters;
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    /** A boolean column as the driver hands it over from a union, where it may have become a number. */
    private static Boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    public List<HomeCourse> coursesOfFaculty(String email) {
        return em.createQuery(COURSE_COLUMNS + " where exists (select t from Course k join k.teachers t where k = c"
                        + " and t.email = :email)"
                        + " order by c.cohort.startDate desc, c.title", HomeCourse.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultList();
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
