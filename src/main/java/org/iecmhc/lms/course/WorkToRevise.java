package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;

/** On the trainee's to-do list: work faculty returned for revision, by the assignment's due date. */
@ApplicationScoped
public class WorkToRevise implements ToDoSource {

    @Override
    public Select openItems(long traineeId, LocalDateTime nowUtc) {
        return new Select("select a.id as id, a.title as title, c.title as context, a.due_at as first_at,"
                + " cast(null as date) as second_at from submission s join assignment a on a.id = s.assignment_id"
                + " join course c on c.id = a.course_id join cohort co on co.id = c.cohort_id"
                + " where s.trainee_id = ? and s.status = ? and co.status <> ?"
                + " and c.cohort_id in (select e.cohort_id from enrollment e where e.trainee_id = ? and e.status = ?)",
                List.of(traineeId, SubmissionStatus.RETURNED.name(), CohortStatus.CLOSED.name(), traineeId,
                        EnrollmentStatus.ENROLLED.name()));
    }

    @Override
    public ToDoItem item(Row row, LocalDateTime nowUtc) {
        return new ToDoItem("home.todo.kind.revision", row.title(), row.context(), row.first(), "home.todo.date.due",
                false, "/course/assignment.xhtml?id=" + row.id());
    }
}
