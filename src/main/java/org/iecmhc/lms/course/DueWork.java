package org.iecmhc.lms.course;

import java.time.LocalDateTime;

/** An assignment the trainee still has to hand in, as the home page lists it (plain columns, no entities). */
public record DueWork(Long assignmentId, String title, String courseTitle, LocalDateTime dueAt) {
}
