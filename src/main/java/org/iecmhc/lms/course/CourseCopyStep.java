package org.iecmhc.lms.course;

/**
 * What another feature keeps per course and takes along when a course is copied into another cohort (the course
 * evaluation's template, say), so that the copy is whole while the course feature imports none of them.
 */
public interface CourseCopyStep {

    /** Copies the feature's records of the source course to the copy, in the copy's transaction. */
    void copy(Course source, Course copy);
}
