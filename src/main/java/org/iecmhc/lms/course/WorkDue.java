package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;

/**
 * On the trainee's to-do list: assignments of their open cohorts not handed in yet, those past their due date
 * included (late work is still accepted, and marked late).
 */
@ApplicationScoped
public class WorkDue implements ToDoSource {

    private static final String NOT_HANDED_IN = " from Assignment a join a.course c"
            + " where c.cohort.status <> :closed and c.cohort in (select e.cohort from Enrollment e"
            + " where e.trainee.id = :trainee and e.status = :enrolled)"
            + " and not exists (select s from Submission s where s.assignment = a and s.trainee.id = :trainee)";

    @Inject
    EntityManager em;

    @Override
    public List<ToDoItem> itemsFor(long traineeId, LocalDateTime nowUtc, int max) {
        return bound(em.createQuery("select a.id, a.title, c.title, a.dueAt" + NOT_HANDED_IN + " order by a.dueAt, a.id",
                Object[].class), traineeId).setMaxResults(max).getResultStream()
                .map(row -> item(row, nowUtc)).toList();
    }

    @Override
    public long countFor(long traineeId, LocalDateTime nowUtc) {
        return bound(em.createQuery("select count(a)" + NOT_HANDED_IN, Long.class), traineeId).getSingleResult();
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, long traineeId) {
        return query.setParameter("trainee", traineeId).setParameter("enrolled", EnrollmentStatus.ENROLLED)
                .setParameter("closed", CohortStatus.CLOSED);
    }

    private static ToDoItem item(Object[] row, LocalDateTime nowUtc) {
        LocalDateTime due = (LocalDateTime) row[3];
        return new ToDoItem("home.todo.kind.assignment", (String) row[1], (String) row[2], due, "home.todo.date.due",
                due.isBefore(nowUtc), "/course/assignment.xhtml?id=" + row[0]);
    }
}
