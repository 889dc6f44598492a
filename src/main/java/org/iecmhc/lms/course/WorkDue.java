package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** The columns of an assignment on the to-do list, dated by its due time, from {@code assignment a}. */
    static final String ASSIGNMENT_COLUMNS = "select a.id as id, a.title as title, c.title as context,"
            + " a.due_at as first_at, cast(null as date) as second_at";

    /** What keeps the assignments of the trainee's open cohorts, with the parameters {@link #ofOpenCohorts} gives. */
    static final String OF_OPEN_COHORTS = " join course c on c.id = a.course_id join cohort co on co.id = c.cohort_id"
            + " where co.status <> ?"
            + " and c.cohort_id in (select e.cohort_id from enrollment e where e.trainee_id = ? and e.status = ?)";

    static List<Object> ofOpenCohorts(long traineeId) {
        return List.of(CohortStatus.CLOSED.name(), traineeId, EnrollmentStatus.ENROLLED.name());
    }

    @Override
    public Select openItems(long traineeId, LocalDateTime nowUtc) {
        List<Object> parameters = new ArrayList<>(ofOpenCohorts(traineeId));
        parameters.add(traineeId);
        return new Select(ASSIGNMENT_COLUMNS + " from assignment a" + OF_OPEN_COHORTS
                + " and not exists (select 1 from submission s where s.assignment_id = a.id and s.trainee_id = ?)",
                parameters);
    }

    @Override
    public ToDoItem item(Row row, LocalDateTime nowUtc) {
        return new ToDoItem("home.todo.kind.assignment", row.title(), row.context(), row.first(), "home.todo.date.due",
                row.first().isBefore(nowUtc), "/course/assignment.xhtml?id=" + row.id());
    }
}
