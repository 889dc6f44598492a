package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;

/** On the trainee's to-do list: work faculty returned for revision, by the assignment's due date. */
@ApplicationScoped
public class WorkToRevise implements ToDoSource {

    @Override
    public Select openItems(long traineeId, LocalDateTime nowUtc) {
        List<Object> parameters = new ArrayList<>(WorkDue.ofOpenCohorts(traineeId));
        parameters.addAll(List.of(traineeId, SubmissionStatus.RETURNED.name()));
        return new Select(WorkDue.ASSIGNMENT_COLUMNS + " from submission s join assignment a on a.id = s.assignment_id"
                + WorkDue.OF_OPEN_COHORTS + " and s.trainee_id = ? and s.status = ?", parameters);
    }

    @Override
    public ToDoItem item(Row row, LocalDateTime nowUtc) {
        return new ToDoItem("home.todo.kind.revision", row.title(), row.context(), row.first(), "home.todo.date.due",
                false, "/course/assignment.xhtml?id=" + row.id());
    }
}
