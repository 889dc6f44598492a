package org.iecmhc.lms.evaluation;

import org.iecmhc.lms.course.Course;

/** A course on the results list of faculty or administrators, with how many trainees answered its evaluation. */
public record CourseAnswerCount(Course course, long answered) {

    public Course getCourse() {
        return course;
    }

    public long getAnswered() {
        return answered;
    }
}
