package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;

/**
 * Builds a course's gradebook with three queries whatever its size (assignments, trainees, submissions) and puts
 * the table together in memory; only the course's faculty member and administrators may read it.
 */
@ApplicationScoped
public class GradebookService {

    private EntityManager em;

    protected GradebookService() {
    }

    @Inject
    public GradebookService(EntityManager em) {
        this.em = em;
    }

    public Optional<Gradebook> forCourse(String email, long courseId) {
        CourseAccess access = new CourseAccess(em);
        Account person = access.caller(email);
        Course course = em.find(Course.class, courseId);
        if (course == null || !(course.isTaughtBy(person) || person.hasRole(Role.ADMINISTRATOR))) {
            return Optional.empty();
        }
        List<Gradebook.Column> columns = em.createQuery("select a.id, a.title, a.maxPoints from Assignment a"
                        + " where a.course = :course order by a.dueAt, a.id", Object[].class)
                .setParameter("course", course).getResultList().stream()
                .map(r -> new Gradebook.Column((Long) r[0], (String) r[1], (Integer) r[2])).toList();
        List<Object[]> trainees = em.createQuery("select t.id, t.firstName, t.lastName, t.email from Enrollment e"
                        + " join e.trainee t where e.cohort = :cohort and e.status in :statuses"
                        + " order by t.lastName, t.firstName, t.id", Object[].class)
                .setParameter("cohort", course.getCohort()).setParameter("statuses", CourseAccess.SEES_COURSES)
                .getResultList();
        Map<Long, Map<Long, Gradebook.Cell>> cells = new HashMap<>();
        em.createQuery("select s.trainee.id, s.assignment.id, s.status, s.points, s.late from Submission s"
                        + " where s.assignment.course = :course", Object[].class)
                .setParameter("course", course).getResultList()
                .forEach(r -> cells.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], new Gradebook.Cell((SubmissionStatus) r[2], (BigDecimal) r[3], (Boolean) r[4])));
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
        return Optional.of(new Gradebook(course.getId(), course.getTitle(), course.getPassingPercent(), columns, rows));
    }
}
