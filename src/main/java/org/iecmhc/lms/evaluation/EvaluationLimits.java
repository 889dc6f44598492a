package org.iecmhc.lms.evaluation;

/**
 * The longest text each survey and evaluation field may hold, equal to its column's size in V14, so that the page's
 * {@code maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema). The narrative is a text column: its limit is ours, a few pages of writing.
 */
public final class EvaluationLimits {

    public static final int TEMPLATE_TITLE = 200;
    public static final int QUESTION = 500;
    public static final int ANSWER = 4000;
    public static final int NARRATIVE = 8000;

    private EvaluationLimits() {
    }
}
