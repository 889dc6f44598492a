package org.iecmhc.lms.course;

/** How an assignment is graded: a score out of its points, or all-or-nothing complete/incomplete. */
public enum GradingKind {
    POINTS, COMPLETE_INCOMPLETE;

    public String messageKey() {
        return "assignment.grading." + name();
    }
}
