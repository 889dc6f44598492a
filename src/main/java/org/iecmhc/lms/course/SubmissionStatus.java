package org.iecmhc.lms.course;

/** Where a trainee's work on an assignment stands: waiting for grading, sent back for revision, or graded. */
public enum SubmissionStatus {
    SUBMITTED, RETURNED, GRADED;

    public String messageKey() {
        return "submission.status." + name();
    }
}
