package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * On the trainee's to-do list: final evaluations of their courses not answered yet, from the course's last week on
 * (a course without its own end date ends with its cohort). Only the year under way: a finished year's courses are
 * no longer asked about on the home page, though the evaluation page still takes their answers.
 */
@ApplicationScoped
public class EvaluationsToFill implements ToDoSource {

    /** How long before a course ends its evaluation is asked for: the trainee has seen nearly all of it. */
    static final int OPENS_DAYS_BEFORE_END = 7;

    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    /** The day the course ends is the first time, which orders the list. */
    @Override
    public Select openItems(long traineeId, LocalDateTime nowUtc) {
        LocalDate today = PacificTime.fromUtc(nowUtc).toLocalDate();
        return new Select("select c.id as id, c.title as title, co.name as context,"
                + " coalesce(c.end_date, co.end_date) as first_at, cast(null as date) as second_at"
                + " from course c join cohort co on co.id = c.cohort_id"
                + " where coalesce(c.end_date, co.end_date) <= ? and co.status <> ?"
                + " and c.cohort_id in (select e.cohort_id from enrollment e where e.trainee_id = ? and e.status = ?)"
                + " and not exists (select 1 from course_evaluation_receipt r where r.course_id = c.id and r.trainee_id = ?)",
                List.of(today.plusDays(OPENS_DAYS_BEFORE_END), CohortStatus.CLOSED.name(), traineeId,
                        EnrollmentStatus.ENROLLED.name(), traineeId));
    }

    /** Dated by the end of the course's last day: the evaluation is asked for until then, and after it. */
    @Override
    public ToDoItem item(Row row, LocalDateTime nowUtc) {
        return new ToDoItem("home.todo.kind.evaluation", row.title(), row.context(),
                PacificTime.toUtc(row.first().toLocalDate().atTime(LAST_MINUTE)), "home.todo.date.courseEnds", false,
                "/evaluation/course.xhtml?course=" + row.id());
    }
}
