package org.iecmhc.lms.course;

import java.util.List;

/** An assignment's rubric criterion with its levels, in their order, as a grader chooses among them by id. */
public record RubricRow(long criterionId, String title, List<RubricChoice> levels) {

    public record RubricChoice(long id, String title, int points) {
    }
}
