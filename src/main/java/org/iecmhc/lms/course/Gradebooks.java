package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;
import org.iecmhc.lms.cohort.Cohort;

/**
 * Builds a course's gradebook with three queries whatever its size (assignments, trainees, submissions), and puts the
 * tables together in memory; only the course's faculty member and administrators may read it. For completion, every
 * trainee's standing in all of a cohort's required courses is one query.
 */
@ApplicationScoped
public class Gradebooks {

    @Inject
    EntityManager em;

    public Optional<Gradebook> forCourse(String email, long courseId) {
        return new CourseAccess(em).find(email, Course.class, courseId, CourseAccess::canReadGradebook)
                .map(course -> assemble(course.getCohort(), List.of(course)).get(0));
    }

    /**
     * Each trainee's standing in each of the cohort's courses that count toward completion, with the course's last
     * day, or the cohort's when the course has none: one query of plain columns, one line per course and enrollment
     * with the assignments counted and the graded points summed in the database, so that completion reads neither
     * the courses' faculty accounts nor a query per course, nor a line per assignment.
     */
    List<Standing> ofRequiredCourses(long cohortId) {
        return ofRequiredCourses(cohortId, null);
    }

    /**
     * One trainee's lines of {@link #ofRequiredCourses(long)} (one per enrollment that sees the courses, none when
     * there is no such enrollment), by the same query, so that the trainee's own page reads nobody else's grades.
     */
    List<Standing> ofRequiredCourses(long cohortId, long traineeId) {
        return ofRequiredCourses(cohortId, Long.valueOf(traineeId));
    }

    private List<Standing> ofRequiredCourses(long cohortId, Long traineeId) {
        TypedQuery<Object[]> query = em.createQuery("select c.passingPercent, c.endDate, co.endDate, t.id,"
                        // no literal in the cases: EclipseLink binds it, and H2 cannot sum a parameter of no type
                        + " count(a.id), sum(a.maxPoints), count(case when s.status = :graded then s.id else null end),"
                        + " sum(case when s.status = :graded then s.points else null end)"
                        + " from Course c join c.cohort co join Enrollment e on e.cohort = co join e.trainee t"
                        + " left join Assignment a on a.course = c"
                        + " left join Submission s on s.assignment = a and s.trainee = t"
                        + " where co.id = :cohort and c.required = true and e.status in :statuses"
                        + (traineeId == null ? "" : " and t.id = :trainee")
                        + " group by c.id, c.passingPercent, c.endDate, co.endDate, e.id, t.id"
                        + " order by c.id, e.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("statuses", CourseAccess.SEES_COURSES)
                .setParameter("graded", SubmissionStatus.GRADED)
                // MariaDB reads a comma-joined table as out of reach of a later ON clause: join them all by JOIN
                .setHint(QueryHints.INNER_JOIN_IN_WHERE_CLAUSE, "false");
        if (traineeId != null) {
            query.setParameter("trainee", traineeId);
        }
        return query.getResultList().stream().map(line -> {
            BigDecimal total = line[7] == null ? BigDecimal.ZERO : new BigDecimal(line[7].toString());
            int possible = line[5] == null ? 0 : ((Number) line[5]).intValue();
            return new Standing((Long) line[3], (Integer) line[0],
                    (LocalDate) (line[1] != null ? line[1] : line[2]), ((Number) line[4]).intValue(),
                    line[6] == null ? 0 : ((Number) line[6]).intValue(), Gradebook.Row.percentOf(total, possible));
        }).toList();
    }

    /**
     * A trainee's row of a required course's gradebook as completion reads it: how many assignments the course has,
     * how many of the trainee's are graded and the percent of the points possible, as the gradebook shows it.
     */
    record Standing(long traineeId, int passingPercent, LocalDate lastDay, int assignments, int graded,
                    BigDecimal percent) {
    }

    /** The courses' gradebooks, in the order given; all the courses belong to the cohort. */
    private List<Gradebook> assemble(Cohort cohort, List<Course> courses) {
        Map<Long, List<Gradebook.Column>> columns = new HashMap<>();
        em.createQuery("select a.course.id, a.id, a.title, a.maxPoints, a.dueAt from Assignment a"
                        + " where a.course in :courses order by a.dueAt, a.id", Object[].class)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> columns.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new Gradebook.Column((Long) r[1], (String) r[2], (Integer) r[3], (LocalDateTime) r[4])));
        List<Object[]> trainees = em.createQuery("select t.id, t.firstName, t.lastName, t.email from Enrollment e"
                        + " join e.trainee t where e.cohort = :cohort and e.status in :statuses"
                        + " order by t.lastName, t.firstName, t.id", Object[].class)
                .setParameter("cohort", cohort).setParameter("statuses", CourseAccess.SEES_COURSES)
                .getResultList();
        Map<Long, Map<Long, Gradebook.Cell>> cells = new HashMap<>();
        em.createQuery("select s.trainee.id, s.assignment.id, s.status, s.points, s.late, s.id from Submission s"
                        + " where s.assignment.course in :courses", Object[].class)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> cells.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], new Gradebook.Cell((Long) r[5], (SubmissionStatus) r[2], (BigDecimal) r[3],
                                (Boolean) r[4])));
        List<Gradebook> gradebooks = new ArrayList<>();
        for (Course course : courses) {
            List<Gradebook.Column> own = columns.getOrDefault(course.getId(), List.of());
            gradebooks.add(new Gradebook(course.getId(), course.getTitle(), course.getPassingPercent(), own,
                    rows(own, trainees, cells)));
        }
        return gradebooks;
    }

    private static List<Gradebook.Row> rows(List<Gradebook.Column> columns, List<Object[]> trainees,
                                            Map<Long, Map<Long, Gradebook.Cell>> cells) {
        int possible = columns.stream().mapToInt(Gradebook.Column::maxPoints).sum();
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Object[] t : trainees) {
            Map<Long, Gradebook.Cell> own = cells.getOrDefault((Long) t[0], Map.of());
            List<Gradebook.Cell> row = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Gradebook.Column column : columns) {
                Gradebook.Cell cell = own.get(column.assignmentId());
                row.add(cell);
                if (cell != null && cell.status() == SubmissionStatus.GRADED && cell.points() != null) {
                    total = total.add(cell.points());
                }
            }
            rows.add(new Gradebook.Row((Long) t[0], t[1] + " " + t[2], (String) t[3], row, total,
                    Gradebook.Row.percentOf(total, possible)));
        }
        return rows;
    }
}
