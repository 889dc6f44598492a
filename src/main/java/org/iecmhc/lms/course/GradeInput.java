package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the grader chose: points typed by hand, complete or not, or the level id chosen for each criterion id,
 * as the assignment asks; and the written feedback.
 */
public record GradeInput(BigDecimal points, Boolean complete, Map<Long, Long> rubricChoices, String feedback) {

    public GradeInput {
        // a criterion left unchosen arrives as a null level; the rubric check then names it as incomplete
        rubricChoices = rubricChoices == null ? Map.of() : rubricChoices.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
