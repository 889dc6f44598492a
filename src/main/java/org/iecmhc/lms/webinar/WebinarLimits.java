package org.iecmhc.lms.webinar;

/**
 * The longest text each webinar field may hold, equal to its column's size in V53, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class WebinarLimits {

    public static final int TITLE = 200;
    public static final int TOPIC = 200;
    public static final int RECORDING_LINK = 500;
    public static final int COMMENTS = 2000;

    private WebinarLimits() {
    }
}
