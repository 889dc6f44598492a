package org.iecmhc.lms.course;

import java.time.LocalDateTime;
import java.util.List;

/** What the assignment form edits. The due time is already in UTC; the rubric may be empty. */
public record AssignmentDetails(String title, String instructions, LocalDateTime dueAtUtc, GradingKind grading,
                                int maxPoints, List<Criterion> rubric) {

    public AssignmentDetails {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    public record Criterion(String title, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }
    }

    /** Points stay null when the form left them empty; the rules refuse that. The description is optional. */
    public record Level(String title, Integer points, String description) {

        public Level(String title, Integer points) {
            this(title, points, null);
        }
    }
}
