package org.iecmhc.lms.course;

import java.time.LocalDateTime;

/** A submission waiting for its grade, as the grading queue lists it. */
public record QueueEntry(long submissionId, String courseTitle, String assignmentTitle, String traineeName,
                         LocalDateTime submittedAt, boolean late) {

    public String getSubmittedAtShown() {
        return PacificTime.format(submittedAt);
    }
}
