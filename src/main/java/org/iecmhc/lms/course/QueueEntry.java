package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import org.iecmhc.lms.platform.time.PacificTime;

/** A submission waiting for its grade, as the grading queue lists it. Getters are for the pages' expressions. */
public record QueueEntry(long submissionId, String courseTitle, String assignmentTitle, String traineeName,
                         LocalDateTime submittedAt, boolean late) implements java.io.Serializable {

    public long getSubmissionId() {
        return submissionId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public boolean isLate() {
        return late;
    }

    public String getSubmittedAtShown() {
        return PacificTime.format(submittedAt);
    }
}
