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
 * Builds a course's gradebook with three queries whatever its size (assignments, trainees, submissions), or all of a
 * cohort's required ones for completion with one, and puts the tables together in memory; only the course's faculty member and administrators may read it.
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
     * The gradebooks of the cohort's courses that count toward completion, each with the course's last day, or the
     * cohort's when the course has none: one query of plain columns, one line per course, enrollment and assignment,
     * so that completion reads neither the courses' faculty accounts nor a query per course.
     */
    List<DatedGradebook> ofRequiredCourses(long cohortId) {
        return ofRequiredCourses(cohortId, null);
    }

    /**
     * One trainee's row of each gradebook {@link #ofRequiredCourses(long)} gives (a row per enrollment that sees the
     * courses, none when there is no such enrollment), by the same query, so that the trainee's own page reads
     * nobody else's grades.
     */
    List<DatedGradebook> ofRequiredCourses(long cohortId, long traineeId) {
        return ofRequiredCourses(cohortId, Long.valueOf(traineeId));
    }

    private List<DatedGradebook> ofRequiredCourses(long cohortId, Long traineeId) {
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.title, c.passingPercent, c.endDate, co.endDate,"
                        + " e.id, t.id, t.firstName, t.lastName, t.email, a.id, a.title, a.maxPoints, s.status, s.points,"
                        + " s.late, a.dueAt, s.id from Course c join c.cohort co join Enrollment e on e.cohort = co join e.trainee t"
                        + " left join Assignment a on a.course = c"
                        + " left join Submission s on s.assignment = a and s.trainee = t"
                        + " where co.id = :cohort and c.required = true and e.status in :statuses"
                        + (traineeId == null ? "" : " and t.id = :trainee")
                        + " order by c.id, a.dueAt, a.id, e.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("statuses", CourseAccess.SEES_COURSES)
                // MariaDB reads a comma-joined table as out of reach of a later ON clause: join them all by JOIN
                .setHint(QueryHints.INNER_JOIN_IN_WHERE_CLAUSE, "false");
        if (traineeId != null) {
            query.setParameter("trainee", traineeId);
        }
        List<Object[]> lines = query.getResultList();
        List<DatedGradebook> gradebooks = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            Object[] first = lines.get(from);
            Map<Long, Gradebook.Column> columns = new LinkedHashMap<>();
            Map<Long, Object[]> trainees = new LinkedHashMap<>();
            Map<Long, Map<Long, Gradebook.Cell>> cells = new HashMap<>();
            int to = from;
            while (to < lines.size() && lines.get(to)[0].equals(first[0])) {
                Object[] line = lines.get(to++);
                trainees.putIfAbsent((Long) line[5], new Object[] {line[6], line[7], line[8], line[9]});
                if (line[10] != null) {
                    columns.putIfAbsent((Long) line[10], new Gradebook.Column((Long) line[10], (String) line[11],
                            (Integer) line[12], (LocalDateTime) line[16]));
                }
                if (line[13] != null) {
                    cells.computeIfAbsent((Long) line[6], k -> new HashMap<>()).put((Long) line[10],
                            new Gradebook.Cell((Long) line[17], (SubmissionStatus) line[13], (BigDecimal) line[14],
                                    (Boolean) line[15]));
                }
            }
            List<Gradebook.Column> own = List.copyOf(columns.values());
            gradebooks.add(new DatedGradebook(new Gradebook((Long) first[0], (String) first[1], (Integer) first[2], own,
                    rows(own, List.copyOf(trainees.values()), cells)), (LocalDate) (first[3] != null ? first[3] : first[4])));
            from = to;
        }
        return gradebooks;
    }

    /** A gradebook with the day its course ends. */
    record DatedGradebook(Gradebook gradebook, LocalDate lastDay) {
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
