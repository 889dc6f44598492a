package org.iecmhc.lms.completion;

/**
 * The longest text each signatory and renewal field may hold, equal to its column's size in V38, so that the page's
 * {@code maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class CompletionLimits {

    public static final int SIGNATORY_NAME = 120;
    public static final int SIGNATORY_TITLE = 160;
    public static final int RENEWAL_DESCRIPTION = 200;

    private CompletionLimits() {
    }
}
