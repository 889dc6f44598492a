package org.iecmhc.lms.course;

import org.iecmhc.lms.platform.text.TypedText;

/** What makes an assignment form acceptable; each refusal names its field and a message key. */
final class AssignmentRules {

    static final int MAX_POINTS = 1000;

    private AssignmentRules() {
    }

    static void check(AssignmentDetails details) {
        Courses.requireText("title", details.title(), CourseLimits.TITLE);
        TypedText.requireFits(details.instructions(), CourseLimits.INSTRUCTIONS, CourseRejected::new, "instructions",
                "course.text.tooLong");
        if (details.dueAtUtc() == null) {
            throw new CourseRejected("dueAt", "assignment.due.required");
        }
        if (details.grading() == null) {
            throw new CourseRejected("grading", "assignment.grading.required");
        }
        if (details.rubric().isEmpty() && (details.maxPoints() < 1 || details.maxPoints() > MAX_POINTS)) {
            throw new CourseRejected("maxPoints", "assignment.points.range");
        }
        if (!details.rubric().isEmpty() && details.grading() != GradingKind.POINTS) {
            throw new CourseRejected("grading", "assignment.rubric.needsPoints");
        }
        for (AssignmentDetails.Criterion criterion : details.rubric()) {
            if (criterion.title() == null || criterion.title().isBlank() || criterion.levels().size() < 2) {
                throw new CourseRejected("rubric", "assignment.rubric.twoLevels");
            }
            for (AssignmentDetails.Level level : criterion.levels()) {
                if (level.title() == null || level.title().isBlank() || level.points() == null) {
                    throw new CourseRejected("rubric", "assignment.rubric.twoLevels");
                }
                Courses.requireText("rubric", level.title(), CourseLimits.TITLE);
                TypedText.requireFits(level.description(), CourseLimits.LEVEL_DESCRIPTION, CourseRejected::new, "rubric",
                        "course.text.tooLong");
                if (level.points() < 0 || level.points() > MAX_POINTS) {
                    throw new CourseRejected("rubric", "assignment.points.range");
                }
            }
        }
    }
}
