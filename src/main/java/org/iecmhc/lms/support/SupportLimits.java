package org.iecmhc.lms.support;

/**
 * The longest text each Community of Support field may hold, equal to its column's size in V8, so that the page's
 * {@code maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class SupportLimits {

    public static final int TITLE = 200;
    public static final int COMMENTS = 2000;

    private SupportLimits() {
    }
}
