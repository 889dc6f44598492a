package org.iecmhc.lms.evaluation;

import org.iecmhc.lms.course.Course;

/** A course on a trainee's list of final evaluations, and whether they already answered it. */
public record CourseToEvaluate(Course course, boolean submitted) {

    public Course getCourse() {
        return course;
    }

    public boolean isSubmitted() {
        return submitted;
    }
}
