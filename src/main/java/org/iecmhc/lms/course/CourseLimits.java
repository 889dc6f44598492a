package org.iecmhc.lms.course;

/**
 * The longest text each course field may hold, equal to its column's size in V4, so that the page's {@code maxlength},
 * the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the schema).
 * Description, instructions, feedback and a submission's body are text columns: their limits are ours.
 */
public final class CourseLimits {

    /** Of a course, module, material, assignment, rubric criterion and rubric level alike. */
    public static final int TITLE = 200;
    public static final int MATERIAL_URL = 2000;
    /** What a rubric level means, in V34. */
    public static final int LEVEL_DESCRIPTION = 1000;
    public static final int DESCRIPTION = 4000;
    public static final int INSTRUCTIONS = 8000;
    public static final int FEEDBACK = 8000;
    public static final int SUBMISSION_BODY = 20_000;

    private CourseLimits() {
    }
}
