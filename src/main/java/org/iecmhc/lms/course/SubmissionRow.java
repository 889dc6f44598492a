package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One trainee's work on an assignment in a list of it, read as plain columns (no account, no attempts).
 *
 * @param lastSubmittedAt UTC
 * @param points          null until graded
 */
public record SubmissionRow(long id, long traineeId, String traineeName, String traineeEmail, SubmissionStatus status,
                            boolean late, LocalDateTime lastSubmittedAt, BigDecimal points) {
}
