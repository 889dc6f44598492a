package org.iecmhc.lms.supervision;

/**
 * The longest text each supervision field may hold, equal to its column's size in V10, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema). A confidential note is a text column: its limit is ours.
 */
public final class SupervisionLimits {

    public static final int TOPIC = 200;
    public static final int NOTE = 10_000;

    private SupervisionLimits() {
    }
}
