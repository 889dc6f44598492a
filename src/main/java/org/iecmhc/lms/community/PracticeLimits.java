package org.iecmhc.lms.community;

/**
 * The longest text each Community of Practice field may hold, equal to its column's size in V12, so that the page's
 * {@code maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class PracticeLimits {

    public static final int SERIES_TITLE = 200;
    public static final int MEETING_TOPIC = 200;
    public static final int MEETING_LINK = 500;

    private PracticeLimits() {
    }
}
