package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.CreditState;

/**
 * Courses passed, for completion: one credit per course of the cohort marked "required for completion" for each
 * trainee of the course's gradebook, so the courses a cohort requires are all its required courses (a course not
 * marked required never holds anyone back). Passing is read off the gradebook, so it is the figure faculty see.
 */
@ApplicationScoped
public class CourseCredits implements CreditSource {

    @Inject
    Gradebooks gradebooks;

    /** Each credit is dated the course's last day (the cohort's when the course has none). */
    @Override
    public List<Credit> creditsIn(long cohortId) {
        return credits(gradebooks.ofRequiredCourses(cohortId));
    }

    /** The trainee's credits from their own row of each gradebook, by the same rule. */
    @Override
    public List<Credit> creditsOf(long cohortId, long traineeId) {
        return credits(gradebooks.ofRequiredCourses(cohortId, traineeId));
    }

    private static List<Credit> credits(List<Gradebooks.DatedGradebook> gradebooks) {
        List<Credit> credits = new ArrayList<>();
        for (Gradebooks.DatedGradebook dated : gradebooks) {
            for (Gradebook.Row row : dated.gradebook().rows()) {
                credits.add(new Credit(row.traineeId(), CreditKind.COURSES_PASSED, 1, stateOf(dated.gradebook(), row),
                        dated.lastDay()));
            }
        }
        return credits;
    }

    /**
     * Passed once every assignment is graded and the percent meets the course's passing percent; pending while work
     * is missing, waiting or returned (and while the course has no assignment yet); failed when all is graded below.
     */
    static CreditState stateOf(Gradebook gradebook, Gradebook.Row row) {
        boolean allGraded = !gradebook.columns().isEmpty()
                && row.cells().stream().allMatch(cell -> cell != null && cell.status() == SubmissionStatus.GRADED);
        if (!allGraded) {
            return CreditState.PENDING;
        }
        return row.percent().compareTo(BigDecimal.valueOf(gradebook.passingPercent())) >= 0
                ? CreditState.EARNED : CreditState.NOT_EARNED;
    }
}
