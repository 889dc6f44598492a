package org.iecmhc.lms.consultation;

/**
 * The longest text each consultation field may hold, equal to its column's size in V9, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class ConsultationLimits {

    public static final int ACTION_PLAN = 4000;
    public static final int NOTE = 2000;
    public static final int SURVEY_COMMENTS = 2000;
    /** The most children or staff one assignment counts: what the page's six digits hold. */
    public static final int COUNT = 999_999;

    private ConsultationLimits() {
    }
}
