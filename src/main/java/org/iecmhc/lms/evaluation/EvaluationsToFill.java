package org.iecmhc.lms.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    private static final String UNANSWERED = " from Course c where coalesce(c.endDate, c.cohort.endDate) <= :opensBy"
            + " and c.cohort.status <> :closed and c.cohort in (select e.cohort from Enrollment e"
            + " where e.trainee.id = :trainee and e.status = :enrolled)"
            + " and not exists (select r from CourseEvaluationReceipt r where r.course = c and r.trainee.id = :trainee)";

    @Inject
    EntityManager em;

    @Override
    public List<ToDoItem> itemsFor(long traineeId, LocalDateTime nowUtc, int max) {
        return bound(em.createQuery("select c.id, c.title, c.cohort.name, c.endDate, c.cohort.endDate" + UNANSWERED
                        + " order by coalesce(c.endDate, c.cohort.endDate), c.id", Object[].class), traineeId, nowUtc)
                .setMaxResults(max).getResultStream()
                .map(EvaluationsToFill::item).toList();
    }

    /** Dated by the end of the course's last day: the evaluation is asked for until then, and after it. */
    private static ToDoItem item(Object[] row) {
        LocalDate ends = row[3] != null ? (LocalDate) row[3] : (LocalDate) row[4];
        return new ToDoItem("home.todo.kind.evaluation", (String) row[1], (String) row[2],
                PacificTime.toUtc(ends.atTime(LAST_MINUTE)), "home.todo.date.courseEnds", false,
                "/evaluation/course.xhtml?course=" + row[0]);
    }

    @Override
    public long countFor(long traineeId, LocalDateTime nowUtc) {
        return bound(em.createQuery("select count(c)" + UNANSWERED, Long.class), traineeId, nowUtc).getSingleResult();
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, long traineeId, LocalDateTime nowUtc) {
        LocalDate today = PacificTime.fromUtc(nowUtc).toLocalDate();
        return query.setParameter("trainee", traineeId).setParameter("opensBy", today.plusDays(OPENS_DAYS_BEFORE_END))
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).setParameter("closed", CohortStatus.CLOSED);
    }
}
