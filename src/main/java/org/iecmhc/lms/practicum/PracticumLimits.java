package org.iecmhc.lms.practicum;

/**
 * The longest text each practicum field may hold, equal to its column's size in V13, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class PracticumLimits {

    public static final int MENTOR_NAME = 200;
    public static final int MENTOR_CONTACT = 200;
    public static final int NOTE = 2000;
    public static final int REVIEW_COMMENT = 2000;

    private PracticumLimits() {
    }
}
