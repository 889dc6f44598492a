package org.iecmhc.lms.identity;

/**
 * The longest text each account field may hold, equal to its column's size in V1, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class AccountLimits {

    public static final int NAME = 100;

    private AccountLimits() {
    }
}
