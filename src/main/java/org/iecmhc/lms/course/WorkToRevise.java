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

/** On the trainee's to-do list: work faculty returned for revision, by the assignment's due date. */
@ApplicationScoped
public class WorkToRevise implements ToDoSource {

    private static final String RETURNED = " from Submission s join s.assignment a join a.course c"
            + " where s.trainee.id = :trainee and s.status = :returned and c.cohort.status <> :closed"
            + " and c.cohort in (select e.cohort from Enrollment e where e.trainee.id = :trainee and e.status = :enrolled)";

    @Inject
    EntityManager em;

    @Override
    public List<ToDoItem> itemsFor(long traineeId, LocalDateTime nowUtc, int max) {
        return bound(em.createQuery("select a.id, a.title, c.title, a.dueAt" + RETURNED + " order by a.dueAt, a.id",
                Object[].class), traineeId).setMaxResults(max).getResultStream()
                .map(row -> new ToDoItem("home.todo.kind.revision", (String) row[1], (String) row[2],
                        (LocalDateTime) row[3], "home.todo.date.due", false, "/course/assignment.xhtml?id=" + row[0]))
                .toList();
    }

    @Override
    public long countFor(long traineeId, LocalDateTime nowUtc) {
        return bound(em.createQuery("select count(s)" + RETURNED, Long.class), traineeId).getSingleResult();
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, long traineeId) {
        return query.setParameter("trainee", traineeId).setParameter("returned", SubmissionStatus.RETURNED)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).setParameter("closed", CohortStatus.CLOSED);
    }
}
