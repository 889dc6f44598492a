package org.iecmhc.lms.course;

import java.math.BigDecimal;

/** The trainee's work that came back (graded or returned for revision), as the home page lists it. */
public record ReturnedWork(Long assignmentId, String title, SubmissionStatus status, BigDecimal points,
                           Integer maxPoints) {

    /** The points with their maximum, empty while ungraded. */
    public String score() {
        return HomeSummary.score(points, maxPoints);
    }
}
