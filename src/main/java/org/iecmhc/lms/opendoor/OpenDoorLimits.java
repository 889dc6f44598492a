package org.iecmhc.lms.opendoor;

/**
 * The longest text each Open-Door field may hold, equal to its column's size in V7, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class OpenDoorLimits {

    public static final int TITLE = 200;
    public static final int COMMENTS = 2000;

    private OpenDoorLimits() {
    }
}
