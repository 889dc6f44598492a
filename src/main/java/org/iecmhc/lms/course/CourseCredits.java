package org.iecmhc.lms.course;

import java.math.BigDecimal;
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

    private static List<Credit> credits(List<Gradebooks.Standing> standings) {
        return standings.stream().map(standing -> new Credit(standing.traineeId(), CreditKind.COURSES_PASSED, 1,
                stateOf(standing), standing.lastDay())).toList();
    }

    /**
     * Passed once every assignment is graded and the percent meets the course's passing percent; pending while work
     * is missing, waiting or returned (and while the course has no assignment yet); failed when all is graded below.
     */
    static CreditState stateOf(Gradebooks.Standing standing) {
        if (standing.assignments() == 0 || standing.graded() < standing.assignments()) {
            return CreditState.PENDING;
        }
        return standing.percent().compareTo(BigDecimal.valueOf(standing.passingPercent())) >= 0
                ? CreditState.EARNED : CreditState.NOT_EARNED;
    }
}
